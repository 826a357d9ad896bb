/** Offer bytes or text as a file download from an extension page. */
export function download(name: string, data: BlobPart, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click has started the download synchronously; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Decode page bytes with the page's declared charset, else UTF-8 (a BOM always wins). */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const charset = declaredCharset(bytes);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label (typo or exotic charset): UTF-8 is the web's default.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Read an .html or .html.gz file as text. */
export function loadPage(file: string): string {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  return decodePage(bytes);
}

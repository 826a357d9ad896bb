/** The host name of a page's address, or '' when the address does not parse (a page's URL may be anything). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

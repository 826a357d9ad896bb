/** FNV-1a (32-bit, hex) of whitespace-normalised text: a cheap, synchronous "did the text change" check. */
export function textHash(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

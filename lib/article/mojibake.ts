/**
 * Mojibake repair: UTF-8 text that a publishing system once read as Windows-1252 or Latin-1 and saved again, so the
 * page itself prints "Earthâ€™s" or "Earthâ\u0080\u0099s" where the writer typed "Earth’s". Readers see the garbage
 * on the page; a clip should not keep it.
 *
 * Only runs that decode as valid UTF-8 are replaced, and only in text holding a telltale pair (below): a lead byte
 * (Â…ô) followed by continuation characters (U+0080–U+00BF, or the Windows-1252 letters that stand for 0x80–0x9F) is a
 * sequence real text rarely writes.
 */

/** Windows-1252's characters for bytes 0x80–0x9F (undefined bytes map to themselves, as browsers decode them). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b), b);
// Latin-1's C1 controls stand for the same bytes (text decoded as ISO-8859-1 rather than Windows-1252).
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(String.fromCharCode(b), b);

const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/** A two-, three- or four-byte UTF-8 sequence written out as Windows-1252/Latin-1 characters. */
const RUN = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');

/**
 * The telltale pairs of mojibake: "â€" (the start of curly quotes and dashes), "Ã"/"Â" before a continuation
 * character, "â" before a C1 control, "ðŸ" (emoji). Text without one is left alone, so German "groß«" (ß then «,
 * which would decode as a Thaana letter) stays as written.
 */
const TELLTALE = /â€|ðŸ|â[\u0080-\u009f]|[ÃÂ][\u0080-\u00bf]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `s` with every mojibake run decoded back to the character it was; anything else unchanged. */
export function repairMojibake(s: string): string {
  if (!TELLTALE.test(s)) return s;
  return s.replace(RUN, (run) => {
    const bytes = Uint8Array.from(run, (ch) => BYTE_OF.get(ch) ?? ch.charCodeAt(0));
    try {
      return utf8.decode(bytes);
    } catch {
      return run;
    }
  });
}

/** Repairs the text nodes under `root`; returns how many changed. */
export function repairMojibakeIn(root: Element): number {
  let n = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const v = node.nodeValue ?? '';
    const fixed = repairMojibake(v);
    if (fixed !== v) {
      node.nodeValue = fixed;
      n++;
    }
  }
  return n;
}

/**
 * Posting lists of a full-text index, packed into one growing byte buffer.
 *
 * Why by hand: at 100,000 clips the index holds tens of millions of (clip, term) pairs. Kept as JS maps (MiniSearch,
 * FlexSearch) that is 600+ MB of heap; packed as variable-length integers it is a few bytes a pair. Each term's
 * list is a chain of blocks in one buffer ([next block: 4 bytes][bytes used: 4 bytes][data]), each block twice the
 * size of the previous one up to 8 KB, so appending a clip touches only the tail of each of its terms' lists.
 * A posting is (gap to the previous document number of the list, weight), both as 7-bit varints; document numbers
 * only ever grow, so appends keep every list sorted.
 */
const HEADER = 8;
const FIRST_BLOCK = 16;
const MAX_BLOCK = 8192;
/** Room one posting can need: two varints of up to 5 bytes. */
const POSTING_MAX = 10;

export class Postings {
  private buf: Uint8Array;
  /** Next free byte; 0 stays unused so that 0 means "no block". */
  private top = HEADER;
  private head: Int32Array;
  private tail: Int32Array;
  private pos: Int32Array;
  private end: Int32Array;
  private last: Int32Array;
  private count: Int32Array;
  private terms = 0;

  constructor(capacityBytes = 1 << 16, termCapacity = 1024) {
    this.buf = new Uint8Array(capacityBytes);
    this.head = new Int32Array(termCapacity);
    this.tail = new Int32Array(termCapacity);
    this.pos = new Int32Array(termCapacity);
    this.end = new Int32Array(termCapacity);
    this.last = new Int32Array(termCapacity).fill(-1);
    this.count = new Int32Array(termCapacity);
  }

  /** Number of term slots. */
  get size(): number {
    return this.terms;
  }

  /** Postings appended to a term (documents removed later still count until the next compaction). */
  docFreq(term: number): number {
    return term < this.terms ? this.count[term] : 0;
  }

  /** Make room for term numbers below `n`. */
  addTerms(n: number): void {
    if (n <= this.terms) return;
    if (n > this.head.length) {
      const cap = Math.max(n, Math.ceil(this.head.length * 1.5));
      const grow = (a: Int32Array, fill = 0) => {
        const b = new Int32Array(cap).fill(fill);
        b.set(a);
        return b;
      };
      this.head = grow(this.head);
      this.tail = grow(this.tail);
      this.pos = grow(this.pos);
      this.end = grow(this.end);
      this.last = grow(this.last, -1);
      this.count = grow(this.count);
    }
    this.terms = n;
  }

  /** Append (doc, weight) to a term's list; `doc` must be above every document already in that list. */
  append(term: number, doc: number, weight: number): void {
    if (doc <= this.last[term]) throw new Error(`Posting for document ${doc} out of order (term ${term})`);
    if (this.pos[term] + POSTING_MAX > this.end[term]) this.newBlock(term);
    let p = this.pos[term];
    p = this.varint(p, doc - this.last[term]);
    p = this.varint(p, weight);
    this.pos[term] = p;
    this.last[term] = doc;
    this.count[term]++;
  }

  /** Call `fn(doc, weight)` for each posting of a term, in document order. */
  forEach(term: number, fn: (doc: number, weight: number) => void): void {
    if (term >= this.terms) return;
    const buf = this.buf;
    let doc = -1;
    for (let b = this.head[term]; b; b = this.readInt(b)) {
      let p = b + HEADER;
      const stop = b === this.tail[term] ? this.pos[term] : p + this.readInt(b + 4);
      while (p < stop) {
        let gap = 0;
        for (let shift = 0; ; shift += 7) {
          const byte = buf[p++];
          gap += (byte & 127) * 2 ** shift;
          if (byte < 128) break;
        }
        let weight = 0;
        for (let shift = 0; ; shift += 7) {
          const byte = buf[p++];
          weight += (byte & 127) * 2 ** shift;
          if (byte < 128) break;
        }
        doc += gap;
        fn(doc, weight);
      }
    }
  }

  private newBlock(term: number): void {
    const old = this.tail[term];
    const size = old ? Math.min(MAX_BLOCK, 2 * (this.end[term] - old)) : FIRST_BLOCK;
    const b = this.alloc(size);
    this.writeInt(b, 0);
    if (old) {
      this.writeInt(old, b);
      this.writeInt(old + 4, this.pos[term] - old - HEADER);
    } else this.head[term] = b;
    this.tail[term] = b;
    this.pos[term] = b + HEADER;
    this.end[term] = b + size;
  }

  private alloc(size: number): number {
    if (this.top + size > this.buf.length) {
      const next = new Uint8Array(Math.max(this.top + size, Math.ceil(this.buf.length * 1.5)));
      next.set(this.buf.subarray(0, this.top));
      this.buf = next;
    }
    const at = this.top;
    this.top += size;
    return at;
  }

  private varint(p: number, n: number): number {
    while (n >= 128) {
      this.buf[p++] = (n % 128) | 128;
      n = Math.floor(n / 128);
    }
    this.buf[p++] = n;
    return p;
  }

  private readInt(p: number): number {
    const b = this.buf;
    return b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
  }

  private writeInt(p: number, v: number): void {
    const b = this.buf;
    b[p] = v & 255;
    b[p + 1] = (v >>> 8) & 255;
    b[p + 2] = (v >>> 16) & 255;
    b[p + 3] = (v >>> 24) & 255;
  }

  /**
   * The lists packed end to end (one block per term, no slack), keeping only the documents `renumber` maps to a
   * number (≥ 0), renumbered. Terms left without documents get empty lists.
   */
  packed(renumber: Int32Array): PackedPostings {
    const offsets = new Uint32Array(this.terms + 1);
    const counts = new Uint32Array(this.terms);
    const lasts = new Int32Array(this.terms);
    let out = new Uint8Array(Math.max(16, this.top));
    let o = 0;
    const put = (n: number) => {
      if (o + 5 > out.length) {
        const next = new Uint8Array(out.length * 2);
        next.set(out);
        out = next;
      }
      while (n >= 128) {
        out[o++] = (n % 128) | 128;
        n = Math.floor(n / 128);
      }
      out[o++] = n;
    };
    for (let t = 0; t < this.terms; t++) {
      offsets[t] = o;
      let prev = -1;
      let n = 0;
      this.forEach(t, (doc, weight) => {
        const to = renumber[doc];
        if (to < 0) return;
        put(to - prev);
        put(weight);
        prev = to;
        n++;
      });
      counts[t] = n;
      lasts[t] = prev;
    }
    offsets[this.terms] = o;
    return { bytes: out.slice(0, o), offsets, counts, lasts };
  }

  /** Lists from `packed` (possibly a subset of its terms, in a new order: `order[k]` = the packed term of term k). */
  static fromPacked(p: PackedPostings, order?: ArrayLike<number>): Postings {
    const n = order ? order.length : p.counts.length;
    const list = new Postings(p.bytes.length + n * HEADER + HEADER + (1 << 16), n + 1024);
    list.addTerms(n);
    for (let t = 0; t < n; t++) {
      const from = order ? order[t] : t;
      const start = p.offsets[from];
      const len = p.offsets[from + 1] - start;
      list.count[t] = p.counts[from];
      list.last[t] = p.lasts[from];
      if (!len) continue;
      const b = list.alloc(HEADER + len);
      list.writeInt(b, 0);
      list.buf.set(p.bytes.subarray(start, start + len), b + HEADER);
      list.head[t] = list.tail[t] = b;
      list.pos[t] = list.end[t] = b + HEADER + len;
    }
    return list;
  }
}

/** Posting lists end to end, as saved: term t's bytes are `bytes[offsets[t]..offsets[t+1]]`. */
export interface PackedPostings {
  bytes: Uint8Array;
  offsets: Uint32Array;
  counts: Uint32Array;
  lasts: Int32Array;
}

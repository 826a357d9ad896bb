import { describe, expect, it } from 'vitest';
import { Postings } from '@/lib/clips/search-postings';

const read = (p: Postings, term: number) => {
  const out: [number, number][] = [];
  p.forEach(term, (doc, weight) => out.push([doc, weight]));
  return out;
};

describe('Postings', () => {
  it('keeps each list in order across many blocks, with large gaps and weights', () => {
    const p = new Postings(64, 2);
    p.addTerms(3);
    const want: [number, number][][] = [[], [], []];
    for (let doc = 0; doc < 5000; doc++) {
      const term = doc % 3 === 0 ? 0 : 1;
      const weight = (doc * 37) % 1000;
      p.append(term, doc * 1000, weight);
      want[term].push([doc * 1000, weight]);
    }
    p.append(2, 2 ** 31, 2 ** 20);
    want[2].push([2 ** 31, 2 ** 20]);
    expect(read(p, 0)).toEqual(want[0]);
    expect(read(p, 1)).toEqual(want[1]);
    expect(read(p, 2)).toEqual(want[2]);
    expect(p.docFreq(0)).toBe(want[0].length);
  });

  it('refuses a posting out of document order', () => {
    const p = new Postings();
    p.addTerms(1);
    p.append(0, 5, 1);
    expect(() => p.append(0, 5, 1)).toThrow(/out of order/);
  });

  it('packs, drops and renumbers documents, and reloads in another term order', () => {
    const p = new Postings(32);
    p.addTerms(2);
    for (let doc = 0; doc < 300; doc++) p.append(doc % 2, doc, doc % 7);
    // Odd documents removed; the rest renumbered 0, 1, 2…
    const renumber = Int32Array.from({ length: 300 }, (_, d) => (d % 2 ? -1 : d / 2));
    const packed = p.packed(renumber);
    expect(packed.counts[1]).toBe(0);
    const again = Postings.fromPacked(packed, [1, 0]);
    expect(read(again, 0)).toEqual([]);
    expect(read(again, 1)).toEqual(Array.from({ length: 150 }, (_, k) => [k, (2 * k) % 7]));
    // Appending after a reload continues the list.
    again.append(1, 150, 3);
    again.append(0, 150, 4);
    expect(read(again, 1).at(-1)).toEqual([150, 3]);
    expect(read(again, 0)).toEqual([[150, 4]]);
  });
});

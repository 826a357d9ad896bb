// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { removeTeaserLists } from '@/lib/article/clean';

const page = (html: string) => new DOMParser().parseFromString(`<body><article><h1>Story</h1><p>${'The story itself, told at length. '.repeat(8)}</p></article>${html}</body>`, 'text/html');
const links = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">Another story number ${i}</a></li>`).join('')}</ul>`;

describe('removeTeaserLists', () => {
  it('drops lists of other stories under their labels in several languages', () => {
    for (const label of ['Lesen Sie auch', 'Das könnte dich auch interessieren', 'Leia também', 'Noticias relacionadas', 'Vous aimerez aussi', 'Lees ook', 'Zobacz także', 'Похожие статьи']) {
      const doc = page(`<section><h3>${label}</h3>${links(4)}</section>`);
      expect(removeTeaserLists.run(doc), label).toBe(1);
      expect(doc.querySelectorAll('li'), label).toHaveLength(0);
      expect(doc.querySelector('article p')).not.toBeNull();
    }
  });

  it('keeps a section under such a label that is prose, not links', () => {
    const doc = page(`<section><h3>Lesen Sie auch</h3><p>${'Ein langer Absatz mit eigenem Inhalt und nur einem Verweis. '.repeat(6)}<a href="/a">Quelle</a>, <a href="/b">Bericht</a>, <a href="/c">Studie</a>.</p></section>`);
    expect(removeTeaserLists.run(doc)).toBe(0);
  });
});

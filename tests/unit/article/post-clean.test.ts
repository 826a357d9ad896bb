// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropAuthorNotesAndDisclosures, dropDuplicateCopies, dropMetadataLines, dropRepeatedAndNoiseLines, dropTeaserLines, dropTrailingHeadings, dropTrailingLinkLists, repairGarbledText } from '@/lib/article/post-clean';

const content = (html: string) => new DOMParser().parseFromString(`<body><div id="c">${html}</div></body>`, 'text/html').getElementById('c')!;
const paras = (root: Element) => Array.from(root.querySelectorAll('p, h2, h3, li')).map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>Story paragraph ${i + 1} says what happened and why it matters.</p>`).join('');

describe('dropAuthorNotesAndDisclosures', () => {
  it('drops the author note at the end, by full or first name, and its label', () => {
    const root = content(`${story(6)}<h3>About the Author</h3><p>Jane Doe is a senior editor who covers <a href="/x">energy</a>.</p><p>Jane has written for the paper since 2010.</p>`);
    const removed = dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: 'Jane Doe' });
    expect(removed).toBe(3);
    expect(paras(root)).toEqual(paras(content(story(6))));
  });

  it('drops the label over an author’s note in other languages, not a sentence about an author', () => {
    for (const label of ['Über den Autor', 'Sobre el autor', 'À propos de l’auteur', 'Sull’autore']) {
      const root = content(`${story(6)}<h3>${label}</h3>`);
      expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: null }), label).toBe(1);
    }
    const root = content(`${story(6)}<p>Über den Autor des Briefes ist wenig bekannt.</p>`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: null })).toBe(0);
  });

  it('drops a note for either of two authors and "Written by" lines', () => {
    const root = content(`${story(5)}<p>Written by <a href="/a">Max Roe</a></p><p>Casey Lin, an award-winning reporter, lives in Ohio.</p><p>Jean-Luc founded the site in 2010 as a part-time endeavour.</p>`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: 'Max Roe, Casey Lin, Jean-Luc Aufranc' })).toBe(3);
    expect(root.textContent).not.toMatch(/Written by|award-winning|part-time/);
  });

  it('drops an author\u2019s box that says hello at the end, with no byline to go by, and keeps a greeting in the story', () => {
    for (const hello of ['Hi there! I\u2019m Shivya, and I started this travel blog back in 2011.', 'Hey, I\u2019m Jessica! Welcome to The Organized Mama.', 'Hallo, ich bin Lena und backe seit zehn Jahren.']) {
      const root = content(`${story(6)}<p>${hello}</p>`);
      expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: null }), hello).toBe(1);
    }
    const root = content(`${story(3)}<p>\u201cHi, I\u2019m your neighbour,\u201d she said at the door, and the story began.</p>${story(6)}`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: null })).toBe(0);
  });

  it('keeps the story when it talks about its author or about affiliate marketing in the middle', () => {
    const middle = '<p>Jane Doe is a reporter, and in 2019 she was sued over this story.</p><p>Affiliate links earn publishers a commission when readers buy.</p>';
    const root = content(`${story(4)}${middle}${story(6)}`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: 'Jane Doe' })).toBe(0);
  });

  it('keeps a closing paragraph that starts with the author\u2019s name but is no note about them', () => {
    const root = content(`${story(6)}<p>Jane Doe contributed reporting from Kyiv.</p>`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: 'Jane Doe' })).toBe(0);
  });

  it('drops a disclaimer about the views expressed at the end, not a sentence about views in the story', () => {
    const mid = '<p>The views expressed at the hearing split the committee.</p>';
    const root = content(`${story(3)}${mid}${story(5)}<p>Note: The views expressed on example.org are not necessarily those of the Institute.</p>`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: null })).toBe(1);
    expect(root.textContent).toContain('split the committee');
    expect(root.textContent).not.toContain('not necessarily');
  });

  it('drops affiliate disclosures at the top and at the bottom', () => {
    const root = content(`<p><strong>Disclosure:</strong> If you buy through affiliate links, I may earn a small commission.</p>${story(8)}<p><em>Products are chosen by our editors. Purchases made through our links may earn us a commission.</em></p>`);
    expect(dropAuthorNotesAndDisclosures.run(root, { title: 'T', byline: null })).toBe(2);
    expect(paras(root)).toEqual(paras(content(story(8))));
  });
});

describe('dropMetadataLines', () => {
  it('drops date lines with the month named, times written as 10:39AM and "Posted by" lines', () => {
    const root = content(`<p><time>15 Dec, 2025</time></p><p>Published June 23, 2025 10:39AM</p>${story(3)}<p>Posted by David at December 16, 2025 11:15 AM</p>`);
    expect(dropMetadataLines.run(root, { title: 'T', byline: null })).toBe(3);
    expect(paras(root)).toEqual(paras(content(story(3))));
  });

  it('drops reading times at the edges ("Jane Team | 5 min read"), not a sentence with one in the middle', () => {
    const mid = '<p>The guide is a 5 min read for most people.</p>';
    const root = content(`<p>Bridgestone Team | 5 min read</p>${story(3)}${mid}${story(3)}<p>3 minute read</p>`);
    expect(dropMetadataLines.run(root, { title: 'T', byline: null })).toBe(2);
    expect(root.textContent).toContain('a 5 min read for most');
    expect(root.textContent).not.toMatch(/Team|3 minute/);
  });

  it('drops labelled reading times ("Reading Time: 8 minutes", "Lesezeit: 4 Min."), and a caption is not an edge line', () => {
    const figure = '<figure><img src="a.jpg"><figcaption>The bridge at dawn, 2024</figcaption></figure>';
    const root = content(`${figure}<div><span>Reading Time: </span><span>8</span><span> minutes</span></div>${story(3)}<p>Reading time is 8 minutes for most.</p>${story(3)}<p>Lesezeit: 4 Min.</p>`);
    expect(dropMetadataLines.run(root, { title: 'T', byline: null })).toBe(2);
    expect(root.textContent).toContain('Reading time is 8 minutes for most.');
    expect(root.textContent).not.toMatch(/Reading Time: |Lesezeit/);
  });

  it('keeps the date lines of a list of events in the middle of the story', () => {
    const events = ['Web Summit', 'JSConf', 'RustConf'].map((e, i) => `<h3>${e}</h3><p>March ${i + 10}, 2026</p><p>${e} gathers people who build the web.</p>`).join('');
    const root = content(`${story(4)}${events}${story(6)}`);
    expect(dropMetadataLines.run(root, { title: 'T', byline: null })).toBe(0);
  });

  it('keeps a date set in a sentence ("Retrieved <span>date</span>.") and drops a date standing alone in a line of parts', () => {
    const refs = '<ol><li>"Annual report". <i>Example News</i>. Retrieved <span class="d">2016-05-01</span>.</li></ol><p>The vote came on <time>March 3, 2019</time>, after a year of talks.</p>';
    const meta = '<div><span>By Jane Roe</span> on <time>December 16, 2025</time></div>';
    const root = content(`${meta}${story(3)}${refs}`);
    dropMetadataLines.run(root, { title: 'T', byline: null });
    expect(root.textContent).toContain('Retrieved 2016-05-01.');
    expect(root.textContent).toContain('on March 3, 2019, after');
    expect(root.textContent).not.toContain('December 16, 2025');
  });

  it('keeps dated headings of a timeline and sentences that hold a date', () => {
    const root = content('<h2>December 16, 2025</h2><p>On December 16, 2025 the council voted.</p><h3>12/16/2025</h3>');
    dropMetadataLines.run(root, { title: 'T', byline: null });
    expect(paras(root)).toEqual(['December 16, 2025', 'On December 16, 2025 the council voted.']);
  });
});

describe('repairGarbledText', () => {
  it('writes mis-decoded text back as it was meant', () => {
    const root = content('<p>Itâ€™s the Earthâ€™s <em>cafÃ©</em></p>');
    expect(repairGarbledText.run(root, { title: '', byline: null })).toBe(2);
    expect(root.textContent).toBe('It’s the Earth’s café');
  });
});

describe('dropRepeatedAndNoiseLines', () => {
  it('drops the short lines of page furniture and keeps sentences that begin the same way', () => {
    const junk = ['Subscribe', 'Sign up now', 'Pin this for later!', 'PIN FOR LATER', 'You might also like...', 'RECOMMENDS', 'What do you think?', 'Be the first to comment', '12 Comments', 'Advertisement', 'Advertisement - Continue Reading Below', 'Article Continues Below', 'Table of Contents', 'Jump to:', 'In this article', '(Up)', '↑ Back to Top', 'Show Caption', 'toggle caption', 'Read full review', 'No comments yet', 'Keine Kommentare', 'Kommentare sind geschlossen.', 'Les commentaires sont fermés', 'Rezept drucken', 'Print this recipe', 'Weiterlesen', 'Lire la suite', 'Was this article helpful?', 'War der Artikel nützlich?', '(Noch keine Bewertungen)', "We're sorry but you will need to enable Javascript to access all of the features of this site."];
    const credits = ['Photo: Jane Doe / Reuters', 'Image credit: © Depositphotos.com/andrew', 'Credit: LG / Reviewed', 'Foto: dpa', 'Featured image via Pexels', 'Courtesy of the brand', 'Photograph by Jane Doe', 'Fotos: EFE'];
    junk.push(...credits);
    const keep = ['Subscribe to the idea that less is more, the author argues.', 'What do you think happens next? Nobody knows.', 'Comments from readers poured in.', 'Source: Bureau of Labor Statistics', 'Photographers gathered at dawn.', 'In this article, we compare six laptops.', 'Courtesy calls were made to every resident.', 'No comments were made by the mayor.', 'Print media lost readers for a decade.', 'Was this article helpful to the mayor? He said it was not.'];
    const root = content([...junk, ...keep].map((t) => `<p>${t}</p>`).join(''));
    expect(dropRepeatedAndNoiseLines.run(root, { title: 'Headline', byline: null })).toBe(junk.length);
    expect(paras(root)).toEqual(keep);
  });

  it('drops a line that is only the byline, not the byline\'s name inside a sentence', () => {
    const parted = '<p><span>By</span> <span><span><a href="/a">Alex Heath</a></span><span>, a deputy editor who covers tech.</span></span></p>';
    const root = content(`<p><span>Alex Heath</span></p>${story(2)}<p>By <span>Alex Heath</span>, a deputy editor who covers tech.</p>${parted}`);
    expect(dropRepeatedAndNoiseLines.run(root, { title: 'T', byline: 'Alex Heath' })).toBe(1);
    expect(paras(root).slice(-2)).toEqual(['By Alex Heath, a deputy editor who covers tech.', 'By Alex Heath, a deputy editor who covers tech.']);
  });

  it('drops a credit standing alone as a caption and keeps a caption that says what is shown', () => {
    const fig = (caption: string) => `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>`;
    const root = content(`${fig('Image Credit: Pexels')}${story(2)}${fig('Volunteers clear the river bank on Sunday.')}`);
    expect(dropRepeatedAndNoiseLines.run(root, { title: 'T', byline: null })).toBe(1);
    expect(Array.from(root.querySelectorAll('figcaption'), (f) => f.textContent)).toEqual(['Volunteers clear the river bank on Sunday.']);
  });
});

describe('dropTeaserLines', () => {
  it('drops "Read also: <link>" lines in several languages', () => {
    const teasers = [
      '<p><strong>Related:</strong> <a href="/a">Students are not benefiting much from tutoring, one new study shows</a></p>',
      '<p>Lea también: <a href="/b">Impiden ingreso a Nicaragua a reportero estadounidense</a></p>',
      '<p>LESEN SIE AUCH: <a href="/c">Die neue Vorstandsstruktur</a></p>',
      '<p>Lea más: <a href="/d">Gobierno emitirá directriz obligatoria de ciberseguridad</a></p>',
      '<p><b>VEA TAMBIÉN:</b> <a href="/e">Estrella de la educación no brilla para estudiantes</a></p>',
      '<p>PUEDES VER: <a href="/f">¿Qué es la Sunedu y por qué importa?</a></p>',
    ];
    const root = content(`${story(2)}${teasers[0]}${story(2)}${teasers[1]}${teasers[2]}${story(1)}${teasers[3]}${teasers[4]}${teasers[5]}`);
    expect(dropTeaserLines.run(root, { title: 'T', byline: null })).toBe(6);
    expect(paras(root)).toEqual(paras(content(`${story(2)}${story(2)}${story(1)}`)));
  });

  it('keeps a label that leads into the story’s own sentence', () => {
    const root = content('<p>See also: the minutes of the <a href="/m">meeting</a>, which show the council was split three ways on the budget.</p>');
    expect(dropTeaserLines.run(root, { title: 'T', byline: null })).toBe(0);
  });
});

describe('dropTrailingHeadings', () => {
  it('drops headings left at the end with nothing under them', () => {
    const root = content(`<h2>Background</h2>${story(3)}<h2>Other posts you may enjoy</h2><h3>More from us</h3>`);
    expect(dropTrailingHeadings.run(root, { title: 'T', byline: null })).toBe(2);
    expect(paras(root)).toEqual(['Background', ...paras(content(story(3)))]);
  });

  it('drops a list label left at the end in any element, with the linked thumbnails under it', () => {
    const thumbs = '<div><a href="/a"><img src="https://x.example/a.jpg"></a><a href="/b"><img src="https://x.example/b.jpg"></a></div>';
    const root = content(`${story(3)}<div><p><span>AUCH INTERESSANT</span></p>${thumbs}</div>`);
    expect(dropTrailingHeadings.run(root, { title: 'T', byline: null })).toBe(1);
    expect(paras(root)).toEqual(paras(content(story(3))));
    expect(root.querySelectorAll('img')).toHaveLength(0);
  });

  it('keeps a list label followed by a picture that is not a link, and a last line that is no label', () => {
    const root = content(`${story(3)}<p>Related</p><figure><img src="https://x.example/a.png"></figure>`);
    expect(dropTrailingHeadings.run(root, { title: 'T', byline: null })).toBe(0);
    for (const last of ['Also interesting: the river.', 'Popular opinion holds otherwise.']) {
      const plain = content(`${story(3)}<p>${last}</p>`);
      expect(dropTrailingHeadings.run(plain, { title: 'T', byline: null }), last).toBe(0);
    }
  });

  it('keeps a heading followed by its section, its table or its picture', () => {
    for (const section of ['<p>It ends here.</p>', '<table><tr><td>CPU</td><td>Slow</td></tr></table>', '<figure><img src="https://x.example/a.png"></figure>']) {
      const root = content(`${story(3)}<h2>Conclusion</h2>${section}`);
      expect(dropTrailingHeadings.run(root, { title: 'T', byline: null })).toBe(0);
    }
  });
});

describe('dropTrailingLinkLists', () => {
  const URL = 'https://www.news.example/2026/01/story';
  const related = '<ul><li><a href="https://www.news.example/a">How the bridge was built</a></li><li><a href="/b">The ferry timetable for the summer</a></li><li><a href="https://news.example/c">Ten walks along the river</a></li></ul>';
  const share = '<div><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.news.example%2F2026%2F01%2Fstory">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.news.example%2F2026%2F01%2Fstory">Twitter</a> <a href="mailto:?body=https://www.news.example/2026/01/story">Email</a></div>';
  const sources = '<ul><li><a href="https://www.rail.example/report">Rail agency: annual report 2025</a></li><li><a href="https://stats.example/ferries">Ferry statistics</a></li><li><a href="https://en.wikipedia.org/wiki/Bridge">Bridge (Wikipedia)</a></li></ul>';

  it('drops the site\u2019s own link lists and share links at the end of Readability\u2019s page wrapper', () => {
    // Readability's content: a wrapper <div> holding a page <div> holding the blocks.
    const root = content(`<div class="page">${story(6)}${related}${share}</div>`);
    expect(dropTrailingLinkLists.run(root, { title: 'T', byline: null, url: URL })).toBe(2);
    expect(root.textContent).not.toContain('ferry timetable');
    expect(root.textContent).not.toContain('Facebook');
    expect(paras(root)).toHaveLength(6);
  });

  it('keeps a closing list of links to other sites: the story\u2019s sources', () => {
    const root = content(`<div class="page">${story(6)}${sources}</div>`);
    expect(dropTrailingLinkLists.run(root, { title: 'T', byline: null, url: URL })).toBe(0);
    expect(root.textContent).toContain('Ferry statistics');
  });

  it('keeps a list in the middle of the story', () => {
    const root = content(`<div class="page">${story(3)}${related}${story(3)}</div>`);
    expect(dropTrailingLinkLists.run(root, { title: 'T', byline: null, url: URL })).toBe(0);
  });
});

describe('dropDuplicateCopies', () => {
  const copy = (device: string) => `<section class="${device}"><h2>What a remodel costs</h2>${story(3)}</section>`;

  it('keeps one of the responsive copies a page builder renders for each screen size', () => {
    const root = content(`<div class="page">${copy('desktop')}${copy('tablet')}${copy('phone')}</div>`);
    expect(dropDuplicateCopies.run(root, { title: 'T', byline: null })).toBe(2);
    expect(paras(root)).toEqual(paras(content(copy('desktop'))));
    expect(root.querySelector('section')?.className).toBe('desktop');
  });

  it('finds copies at any depth, and leaves blocks that differ by a word', () => {
    const other = copy('phone').replace('what happened', 'what followed');
    const root = content(`<div class="page">${story(2)}<div>${copy('desktop')}${copy('phone')}${other}</div></div>`);
    expect(dropDuplicateCopies.run(root, { title: 'T', byline: null })).toBe(1);
    expect(root.querySelectorAll('section')).toHaveLength(2);
    expect(root.textContent).toContain('what followed');
  });

  it('keeps a paragraph the author repeats, and short repeated blocks', () => {
    const refrain = '<p>Warm up: ten minutes of easy jogging, five minutes of drills, then four strides at a steady effort.</p>';
    const short = '<ul><li>Share</li><li>Print</li></ul>';
    const root = content(`<div class="page">${refrain}${story(2)}${refrain}${short}${story(1)}${short}</div>`);
    expect(dropDuplicateCopies.run(root, { title: 'T', byline: null })).toBe(0);
    expect(root.textContent?.match(/Warm up/g)).toHaveLength(2);
  });
});

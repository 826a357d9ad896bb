// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { repairMojibake, repairMojibakeIn } from '@/lib/article/mojibake';

describe('repairMojibake', () => {
  it('decodes UTF-8 that was read as Windows-1252 back to what the writer typed', () => {
    expect(repairMojibake('Earthâ€™s natural systems')).toBe('Earth’s natural systems');
    expect(repairMojibake('search rankingsâ€”itâ€™s now')).toBe('search rankings—it’s now');
    expect(repairMojibake('â€œus and themâ€\u009d')).toBe('“us and them”');
    expect(repairMojibake('Â£100 and cafÃ© and ðŸ˜€')).toBe('£100 and café and 😀');
  });

  it('decodes UTF-8 that was read as Latin-1 (C1 control characters)', () => {
    expect(repairMojibake('components \u00e2\u0080\u0093 the bran')).toBe('components – the bran');
    expect(repairMojibake('Earth\u00e2\u0080\u0099s')).toBe('Earth’s');
  });

  it('leaves real text alone, including pairs that would decode but carry no telltale', () => {
    for (const s of ['naïve résumé, Größe, Ökonomie', '»Das ist groß«', 'São Paulo à «Paris»', 'Ã alone', 'Âa']) expect(repairMojibake(s)).toBe(s);
  });

  it('keeps a run that is not valid UTF-8 as it is', () => {
    // E0 80 99 is an overlong form, invalid UTF-8: the run stays beside a repaired one.
    expect(repairMojibake('Itâ€™s à€™')).toBe('It’s à€™');
  });

  it('repairs the text nodes of an element and counts them', () => {
    const root = new DOMParser().parseFromString('<body><p>Itâ€™s <em>cafÃ©</em> time</p><p>fine</p></body>', 'text/html').body;
    expect(repairMojibakeIn(root)).toBe(2);
    expect(root.textContent).toBe('It’s café timefine');
  });
});

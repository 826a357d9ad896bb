import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/article/summary';

const paragraphs = [
  'The city council approved a new tram line on Tuesday after a long debate.',
  'The line will link the old town with the university campus and the main station by 2029.',
  'Advertisement',
  'Critics said the cost of 400 million euros was too high for a city of this size.',
  'Supporters argued that the tram would cut traffic and pollution in the centre.',
  'Read more',
  'Construction is expected to start next spring, the mayor said.',
];

describe('summarize', () => {
  it('returns whole sentences of the article, in document order, without noise lines', () => {
    const s = summarize(paragraphs, { title: 'City approves new tram line', count: 3 });
    expect(s).toHaveLength(3);
    const all = paragraphs.join(' ');
    for (const sentence of s) expect(all).toContain(sentence);
    expect(s.map((x) => all.indexOf(x))).toEqual([...s.map((x) => all.indexOf(x))].sort((a, b) => a - b));
    expect(s.join(' ')).not.toMatch(/Advertisement|Read more/);
  });

  it('honours the requested length between 1 and 7', () => {
    expect(summarize(paragraphs, { count: 1 })).toHaveLength(1);
    expect(summarize(paragraphs, { count: 99 }).length).toBeLessThanOrEqual(7);
  });

  it('is deterministic and works for Chinese', () => {
    const zh = ['今天北京召开了关于城市交通的会议，多个部门参加。', '会议决定明年开始修建新的地铁线路，连接机场和市中心。', '专家认为这将大大缓解交通压力。', '也有市民担心施工期间的噪音问题。'];
    expect(summarize(zh, { count: 2, lang: 'zh' })).toEqual(summarize(zh, { count: 2, lang: 'zh' }));
    expect(summarize(zh, { count: 2, lang: 'zh' })).toHaveLength(2);
  });
});

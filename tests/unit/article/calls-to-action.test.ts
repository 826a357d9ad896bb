// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropCallsToAction } from '@/lib/article/calls-to-action';

const content = (html: string) => new DOMParser().parseFromString(`<body><div id="c">${html}</div></body>`, 'text/html').getElementById('c')!;
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>Story paragraph ${i + 1} says what happened and why it matters.</p>`).join('');
const ctx = { title: 'T', byline: null };

describe('dropCallsToAction', () => {
  it('drops newsletter, alert, paywall, follow, donation and rating lines wherever they stand', () => {
    const calls = [
      '<p>🚀 Sign up for The Replay newsletter</p>',
      '<p>Receive agency growth tips, delivered to your inbox</p>',
      '<h3>Get Jane Roe’s stories in your inbox</h3>',
      '<p>Would you like to receive notifications about new posts?</p>',
      '<p>Already have an account? <a href="/login">Log in</a></p>',
      '<p>This article is exclusive to Paper+ subscribers</p>',
      '<p>Follow me on Instagram: @jane</p>',
      '<p>This story is funded by readers like you</p>',
      '<p>Did you make one of my recipes? Please take a moment to leave a star rating.</p>',
      '<p>+++ Abonnieren Sie jetzt den Newsletter: https://example.org/newsletter/</p>',
      '<h2>Other Posts You May Enjoy</h2>',
      '<p>You may be interested in the following topics as well:</p>',
      '<p><a href="/demo">Book a demo</a></p>',
      '<p>LEARN MORE</p>',
      '<p>Mehr erfahren</p>',
      '<p>Dowiedz się więcej</p>',
      '<p>Síguenos en Instagram</p>',
      '<p>Folgen Sie uns auf Facebook!</p>',
      '<p>Sie müssen eingeloggt sein, um Kommentare zu schreiben!</p>',
      '<p>If you enjoyed this article, the ultimate compliment is to share our work.</p>',
    ];
    const root = content(`${story(2)}${calls.slice(0, 6).join('')}${story(3)}${calls.slice(6).join('')}`);
    expect(dropCallsToAction.run(root, ctx)).toBe(calls.length);
    expect(root.textContent).toBe(content(`${story(2)}${story(3)}`).textContent);
  });

  it('keeps the story’s own sentences about newsletters, inboxes and subscribers', () => {
    const own = [
      '<p>I also identified 28 newsletters, a small subset of the newsletters I subscribe to, as the test set.</p>',
      '<p>Subscribers to the plan must sign up for the newsletter before they can vote, the company said in a filing on Tuesday, adding that the list had grown to 2 million.</p>',
      '<p>Phishing mails arrive in your inbox looking like a bank’s.</p>',
      '<h2>Stories you tell yourself</h2>',
      '<p>Learn more about the study in the journal.</p>',
      '<h3>Getting started</h3>',
      '<p>Folgen Sie uns auf den Spuren der Römer durch die Altstadt.</p>',
    ];
    const root = content(`${story(2)}${own.join('')}${story(2)}`);
    expect(dropCallsToAction.run(root, ctx)).toBe(0);
  });

  it('keeps a call written into a long paragraph of the story', () => {
    const long = `<p>${'The council voted on the budget after a long debate about schools and roads. '.repeat(3)}Residents can sign up for the city newsletter to follow the next steps.</p>`;
    const root = content(`${story(2)}${long}`);
    expect(dropCallsToAction.run(root, ctx)).toBe(0);
  });
});

import { leafBlocks, norm, removeWhere, wholeLines } from '@/lib/article/lines';
import type { PostStep } from '@/lib/article/post-clean';

/**
 * The publisher asking the reader for something: a newsletter sign-up, an alert, a paywall's log-in, a social
 * follow, a donation, a rating. Each pattern names the ask and what it is for, so a story's own sentence about
 * newsletters ("a small subset of the newsletters I subscribe to") does not match.
 */
const CALL = new RegExp(
  [
    // Newsletters and alerts: "Sign up for our newsletter", "…delivered to your inbox", "Get Jane's stories in your inbox".
    // (Asked, not told: the verb opens a sentence or follows "for more …", so "members must sign up for the newsletter" stays.)
    String.raw`(?:^|[.?!:]\s|\bfor more\b.{0,40}\s)(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|mailing list|e-?mail (?:list|updates|alerts))\b`,
    String.raw`\b(?:delivered|sent|straight|directly|right) to your inbox\b`,
    String.raw`\b(?:stories|updates|news|posts|articles|tips) (?:in|to) your inbox\b`,
    String.raw`\b(?:receive|get|turn on) (?:push )?notifications\b`,
    String.raw`\bfor free to get updates\b`,
    String.raw`^(?:sponsor|share) (?:this |the |our )?.{0,40}newsletter$`,
    String.raw`\bnewsletter abonnieren\b|\b(?:abonnieren sie|melden sie sich)\b.{0,40}\bnewsletter\b|\binscrivez-vous\b.{0,40}\b(?:newsletter|lettre)\b|^abonnez-vous\b|^suscr[íi]bete\b|\biscriviti alla newsletter\b|\bzapisz się do newslettera\b|^подпишитесь\b`,
    // Paywalls: "Already have an account? Log in", "This article is exclusive to … subscribers", "Unlock this article".
    String.raw`^already (?:have an account|a (?:subscriber|member))\b`,
    String.raw`\b(?:is|are) (?:exclusive|only available|available only|reserved) (?:to|for) .{0,40}\b(?:subscribers|members)\b`,
    String.raw`^unlock (?:this|the full) (?:article|story)\b`,
    String.raw`^remember me\b`,
    // Social follows and groups.
    String.raw`\bfollow (?:us|me) on\b`,
    String.raw`^(?:follow|like) us\b`,
    String.raw`^(?:folgen? (?:sie )?uns auf|suivez-nous sur|s[ií]guenos en|siga-nos n[oa]s?|nos siga n[oa]s?|seguici su|obserwuj nas na|volg ons op)\s+(?:\S+\s+){0,2}?(?:facebook|instagram|twitter|x|tiktok|youtube|linkedin|telegram|whatsapp|threads|bluesky|mastodon|pinterest|redes|réseaux|social|sozialen)\b`,
    // Comments behind a log-in: "You must be logged in to post a comment", "Sie müssen eingeloggt sein, um Kommentare zu schreiben".
    String.raw`^(?:you must|you need to|sie müssen|du musst)\b.{0,30}\b(?:logged in|signed in|angemeldet|eingeloggt)\b.{0,40}\b(?:comment|kommentar)`,
    String.raw`^stay connected with (?:us|me)\b`,
    String.raw`^join (?:the|our|my) .{0,30}\b(?:group|community|discord|telegram|whatsapp)\b`,
    String.raw`\bas a preferred source on google\b`,
    String.raw`^if you (?:liked|enjoyed|found value in) this (?:article|post|story|piece|episode|issue)\b.{0,80}\b(?:shar|subscrib|follow|lik|support|consider)`,
    // Donations and ratings.
    String.raw`\b(?:funded|supported|made possible) by (?:readers|listeners|viewers) like you\b`,
    String.raw`\bleave a (?:star )?rating\b|^rate this (?:recipe|article|post|story)\b`,
  ].join('|'),
  'iu',
);

/** The label over a list of other stories, written out as a line: "Other posts you may enjoy", "What others are reading". */
const LIST_LABEL =
  /^(?:(?:other |more |related )?(?:posts|articles|stories|reads|recipes) you (?:may|might|will) (?:also )?(?:enjoy|like|love)|you (?:may|might) (?:also )?be interested in\b.{0,60}|what others are reading|(?:good |more )?(?:articles|posts|stories) to read(?: together| next)?|recommended for you)[.:!…]*$/u;

/** A button's label left as a line: "Book a demo", "Get in touch", "See list", "Shop now". */
const BUTTON =
  /^(?:book a (?:demo|call|consultation)|request a (?:demo|quote|consultation)|get (?:in touch|started|a quote|the app)|contact us(?: today)?|learn more|find out more|shop (?:now|the look)|buy (?:it )?now|try (?:it )?(?:for )?free|start (?:your )?free trial|download (?:it )?now|see (?:the )?(?:list|deal|price|prices)|check (?:it|them) out|view (?:deal|offer|price)|mehr erfahren|jetzt entdecken|en savoir plus|más información|saiba mais|scopri di più|dowiedz się więcej|meer informatie|подробнее)[.!→»›>]*$/u;

/** Emoji and punctuation a call opens with ("🚀 Sign up…", "👉 Join…"). */
const LEAD = /^[\p{Extended_Pictographic}\p{P}\p{S}\s]+/u;

/**
 * Calls to action, button labels and list labels left as lines of their own. Only a whole, short line goes: a call written into a
 * paragraph of the story stays with it.
 */
export const dropCallsToAction: PostStep = {
  name: 'calls-to-action',
  run(root, _ctx, note) {
    return removeWhere(root, wholeLines(leafBlocks(root), root), (el) => {
      const t = norm(el.textContent ?? '').replace(LEAD, '');
      if (!t || t.length > 200) return false;
      return CALL.test(t) || (t.length < 90 && (LIST_LABEL.test(t) || BUTTON.test(t)));
    }, note);
  },
};

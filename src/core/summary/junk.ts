// What a summary never shows, whatever form it comes in: related-story lines ("Baca juga: …",
// "[Baca Juga: …]", "Read more: …"), ad and scroll markers ("Scroll down for video"), photo credits
// ("Foto: Antara", "(Photo: Reuters)"), credit lines ("Editing by …") and the editor's initials or
// the agency at a sentence's end ("(rsa)", "(Reuters)"). The words are every registered language's
// (src/core/languages/<code>: `cleaning`), pooled as the cleaner pools them: pages mix them.
//
// `trimJunk` never rewrites a sentence: it keeps a contiguous piece of it (a junk head or tail cut
// off), or drops it.
import type { WordPattern } from '../languages/descriptor';
import { descriptors } from '../languages/registry';
import { escapeRegExp } from '../text';

type Cleaning = (typeof descriptors)[number]['cleaning'];

function words(pick: (c: Cleaning) => readonly WordPattern[], filter: (s: string) => boolean = () => true) {
  const sources = [
    ...new Set(
      descriptors
        .flatMap((d) => pick(d.cleaning))
        .filter((p) => typeof p !== 'string' || filter(p))
        .map((p) => (typeof p === 'string' ? escapeRegExp(p) : p.source)),
    ),
  ].sort((a, b) => b.length - a.length);
  return sources.length ? sources.join('|') : '(?!)';
}

const RELATED = words((c) => c.relatedLinkLeads);
/** Leads of more than one word ("baca juga", "read more") point elsewhere with or without a colon. */
const RELATED_PHRASES = words(
  (c) => c.relatedLinkLeads,
  (s) => /\s/.test(s),
);
const AD = words((c) => c.adMarkerLines);
const CREDIT = words((c) => c.creditLeads);
const PHOTO = words((c) => c.photoCreditLeads);

/** News agencies credited at a sentence's end or in a dateline ("(Reuters)", "(Antara)"). */
const AGENCIES =
  'Reuters|AFP|AP|Antara|ANTARA|Xinhua|Bernama|dpa|DPA|ANI|PTI|UPI|Kyodo|Yonhap|Anadolu|EFE|ANSA|TASS';

/** A whole sentence that only points elsewhere, marks an ad, credits a photo or the story. */
const JUNK_SENTENCE = new RegExp(
  `^[\\s\\p{Ps}\\p{Pi}"'*•·|>-]*(?:(?:${RELATED_PHRASES})\\b|(?:${RELATED})\\s*[:：»|]|(?:${AD})\\b|(?:${CREDIT})|(?:${PHOTO})\\s*[:：/|])`,
  'iu',
);

/** A bracketed related-story, ad or photo-credit note ("[Baca Juga: …]", "(Foto: Antara)"). */
const BRACKETED = new RegExp(
  `[(\\[]\\s*(?:(?:${RELATED_PHRASES})\\b|(?:${RELATED})\\s*:|(?:${AD})\\b|(?:${PHOTO})\\s*[:/])[^()\\[\\]]{0,300}[)\\]]`,
  'giu',
);

/** An ad or scroll marker glued after the sentence ("… the scene. Scroll down for video"). */
const AD_TAIL = new RegExp(`(?<=[.!?…"'”’)]\\s*)(?:${AD})[\\s.:…]*$`, 'iu');

/**
 * The editor's initials or the agency closing a sentence: "(rsa)", "(dtc/ayp)", "(Reuters)",
 * "(ant/rin)." Lower-case initials of 2 to 5 letters, or an agency; the dot after is cut too.
 */
const INITIALS_TAIL = new RegExp(
  `\\s*[(\\[](?:[a-z]{2,5}(?:\\s*[/,]\\s*[a-z]{2,5})*|(?:${AGENCIES})(?:\\s*[/,]\\s*\\w{2,10})*)[)\\]]\\s*\\.?$`,
  'u',
);
const AGENCY_TAIL = new RegExp(`\\s*[(\\[](?:${AGENCIES})[)\\]]\\s*\\.?$`, 'iu');

/** A dateline opening the story: "LONDON (Reuters) -", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --". */
const DATELINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,4}(?:,\\s*(?:[\\p{L}\\p{N}.'-]+\\s?){1,3})?\\s*(?:[(\\[](?:${AGENCIES})[)\\]])?\\s*(?:--|[-–—])\\s+(?=\\S)`,
  'u',
);
const DATELINE_MAX = 50;

export interface Piece {
  /** Offsets of the kept piece within the sentence. */
  start: number;
  end: number;
}

/** Is the whole text junk (a related-story line, an ad marker, a credit)? */
export function isJunk(text: string): boolean {
  return JUNK_SENTENCE.test(text) || (BRACKET.test(text) && text.replace(BRACKETED, '').trim() === '');
}

const BRACKET = /[([]/;
/** Tails are looked for in the sentence's last characters only (linear, and quick). */
const TAIL = 60;

/**
 * The piece of a sentence worth showing, or null when it is all junk: a bracketed note or an ad
 * marker at its start or end cut off, the initials or agency at its end, a dateline at its start;
 * a sentence with such a note in its middle is a caption glued to a sentence: the part after it.
 */
export function trimJunk(text: string, first = false): Piece | null {
  let start = 0;
  let end = text.length;
  for (const m of BRACKET.test(text) ? text.matchAll(BRACKETED) : []) {
    const at = m.index;
    const after = at + m[0].length;
    if (at <= start + 1 || text.slice(start, at).trim() === '') start = after;
    else if (
      text
        .slice(after, end)
        .trim()
        .replace(/^[.\s]+$/, '') === ''
    )
      end = at;
    // In the middle: what comes before is a caption and its credit.
    else start = after;
  }
  const trimmed = () => {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  };
  trimmed();
  let piece = text.slice(start, end);
  if (isJunk(piece)) return null;
  const tailFrom = Math.max(start, end - TAIL);
  const ad = AD_TAIL.exec(text.slice(tailFrom, end));
  if (ad) end = tailFrom + ad.index;
  piece = text.slice(tailFrom, end);
  const initials = /[)\]]\.?$/.test(piece) ? (INITIALS_TAIL.exec(piece) ?? AGENCY_TAIL.exec(piece)) : null;
  // "… kata dia. (rsa)" keeps its full stop; "… kata dia (rsa)." ends without one.
  if (initials) end = tailFrom + initials.index;
  if (first) {
    const dateline = DATELINE.exec(text.slice(start, end));
    if (dateline && dateline[0].length <= DATELINE_MAX) start += dateline[0].length;
  }
  trimmed();
  return end > start ? { start, end } : null;
}

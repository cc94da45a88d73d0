// How well Lentera explains the names in news, measured on token-level BIO data (NERGRIT, or a
// fixture in the same format): the sentences are rebuilt as text, grouped into pseudo-articles,
// annotated by Lentera's real engine, and the gold mentions compared with the marks. The pure parts
// (parsing, detokenisation, spans, overlap rules, the tally) are here; the loading of the glossary
// and the optional profile step are in name-cards.ts; the command is scripts/names/score-names.ts.
import type { Annotation } from '../../src/core/glossary/annotate';
import type { EntryKind } from '../../src/core/glossary/pack-schema';

export interface BioSentence {
  tokens: string[];
  tags: string[];
  /** The first sentence of a document (after a "-DOCSTART-" line): an article starts here. */
  docStart?: boolean;
}

/** Token-per-line BIO text ("token<TAB>tag", blank line between sentences) as sentences. */
export function parseBio(text: string): BioSentence[] {
  const out: BioSentence[] = [];
  let cur: BioSentence = { tokens: [], tags: [] };
  let docStart = false;
  const flush = () => {
    if (cur.tokens.length) {
      if (docStart) cur.docStart = true;
      docStart = false;
      out.push(cur);
    }
    cur = { tokens: [], tags: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const [token, tag] = tab >= 0 ? [line.slice(0, tab), line.slice(tab + 1)] : splitSpace(line);
    if (!token) continue;
    if (token === '-DOCSTART-') {
      flush();
      docStart = true;
      continue;
    }
    cur.tokens.push(token);
    cur.tags.push(tag.trim() || 'O');
  }
  flush();
  return out;
}

function splitSpace(line: string): [string, string] {
  const i = line.lastIndexOf(' ');
  return i > 0 ? [line.slice(0, i), line.slice(i + 1)] : [line, 'O'];
}

export interface Detokenised {
  text: string;
  /** Character offsets [start, end) of every token in `text`. */
  offsets: [number, number][];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', ')', ']', '}', '!', '?', '%', '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '“', '‘', '`', '``']);
const CLOSING_QUOTES = new Set(['”', '’', "''"]);
const JOINERS = new Set(['-', '/', '–']);

/**
 * Plain text from tokens: no space before , . ; : ) ! ? and closing quotes, none after ( and
 * opening quotes; straight quotes alternate opening and closing; a hyphen or slash between two
 * tokens joins them ("sumber - sumber" → "sumber-sumber", "km / jam" → "km/jam").
 */
export function detokenise(tokens: readonly string[]): Detokenised {
  let text = '';
  const offsets: [number, number][] = [];
  let glueNext = true;
  const open = { '"': false, "'": false };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    let glue = glueNext;
    glueNext = false;
    if (tok === '"' || tok === "'") {
      // A straight quote opens when none of its kind is open, else closes.
      if (open[tok]) glue = true;
      else glueNext = true;
      open[tok] = !open[tok];
    } else if (NO_SPACE_BEFORE.has(tok) || CLOSING_QUOTES.has(tok)) glue = true;
    else if (NO_SPACE_AFTER.has(tok)) glueNext = true;
    else if (JOINERS.has(tok) && i > 0 && i + 1 < tokens.length) {
      glue = true;
      glueNext = true;
    }
    if (!glue && text.length > 0) text += ' ';
    offsets.push([text.length, text.length + tok.length]);
    text += tok;
  }
  return { text, offsets };
}

export interface TokenSpan {
  type: string;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
}

/** BIO tags as spans; an I- tag without a B- of its type before it starts a span (as conlleval does). */
export function bioSpans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) {
      cur = null;
      return;
    }
    const [, bi, type] = m as unknown as [string, string, string];
    if (bi === 'I' && cur && cur.type === type && cur.last === i - 1) cur.last = i;
    else {
      cur = { type, first: i, last: i };
      out.push(cur);
    }
  });
  return out;
}

export interface Mention {
  type: string;
  block: number;
  start: number;
  end: number;
  /** Start of the mention's last token (a strict match may stop inside it, before a clitic). */
  lastTokenStart: number;
  text: string;
}

export interface Article {
  blocks: string[];
  mentions: Mention[];
}

/**
 * Consecutive sentences grouped into pseudo-articles of up to `size` (a new one also starts at a
 * document start), one sentence a block, the mentions as character spans.
 */
export function toArticles(sentences: readonly BioSentence[], size = 18): Article[] {
  const groups: BioSentence[][] = [];
  for (const s of sentences) {
    const last = groups[groups.length - 1];
    if (!last || last.length >= size || s.docStart) groups.push([s]);
    else last.push(s);
  }
  const out: Article[] = [];
  for (const group of groups) {
    const article: Article = { blocks: [], mentions: [] };
    for (const s of group) {
      const block = article.blocks.length;
      const { text, offsets } = detokenise(s.tokens);
      article.blocks.push(text);
      for (const span of bioSpans(s.tags)) {
        const start = (offsets[span.first] as [number, number])[0];
        const [lastTokenStart, end] = offsets[span.last] as [number, number];
        article.mentions.push({
          type: span.type,
          block,
          start,
          end,
          lastTokenStart,
          text: text.slice(start, end),
        });
      }
    }
    out.push(article);
  }
  return out;
}

/**
 * An article tagged inline, `[[PERSON|Zulkifli Hasan]]` (also ORGANISATION, PLACE, OTHER), paragraphs
 * apart by blank lines: the blocks as the reader sees them (markup removed) and the mentions.
 */
export function parseTagged(tagged: string): Article {
  const article: Article = { blocks: [], mentions: [] };
  const tag = /\[\[(PERSON|ORGANISATION|PLACE|OTHER)\|([^\]|]+)\]\]/g;
  for (const paragraph of tagged.split(/\n\s*\n/)) {
    const raw = paragraph.trim();
    if (!raw) continue;
    const block = article.blocks.length;
    let text = '';
    let at = 0;
    for (const m of raw.matchAll(tag)) {
      text += raw.slice(at, m.index);
      const name = m[2] as string;
      const start = text.length;
      text += name;
      const lastSpace = Math.max(name.lastIndexOf(' '), -1);
      article.mentions.push({
        type: m[1] as string,
        block,
        start,
        end: text.length,
        lastTokenStart: start + lastSpace + 1,
        text: name,
      });
      at = (m.index as number) + m[0].length;
    }
    text += raw.slice(at);
    if (text.includes('[[') || text.includes(']]')) throw new Error(`unclosed tag in: ${text.slice(0, 80)}`);
    article.blocks.push(text);
  }
  return article;
}

export interface Span {
  block: number;
  start: number;
  end: number;
}

/** Any character in common. */
export function overlaps(a: Span, m: Span): boolean {
  return a.block === m.block && a.start < m.end && m.start < a.end;
}

/**
 * The strict rule: the mark starts where the mention starts and covers all its tokens, without
 * going past its end; it may stop inside the last token (a clitic: "Jakarta" in "Jakartanya").
 */
export function strictMatch(a: Span, m: Mention): boolean {
  return a.block === m.block && a.start === m.start && a.end <= m.end && a.end > m.lastTokenStart;
}

export const SCORED_TYPES = ['PERSON', 'ORGANISATION', 'PLACE'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** Acronym entries are mostly terms (PNS, capres, RUU); one counts as an organisation when its name says so. */
const ORG_WORDS =
  /\b(agency|ministry|council|party|board|commission|office|association|organi[sz]ation|union|bank|court|corps|force|forces|police|army|navy|institute|university|company|committee|assembly|authority|bureau|front|movement|federation|service|department|agency|parliament|house|fund|group|alliance|coalition)\b/i;

/** The gold type a card kind answers to (null: none of the three: events, concepts, terms). */
export function kindType(kind: EntryKind, englishName = ''): ScoredType | null {
  switch (kind) {
    case 'person':
      return 'PERSON';
    case 'organisation':
      return 'ORGANISATION';
    case 'place':
    case 'country':
      return 'PLACE';
    case 'acronym':
      return ORG_WORDS.test(englishName) ? 'ORGANISATION' : null;
    default:
      return null;
  }
}

/** What the reader gets for one annotation: a pack card, a profile with content, or nothing. */
export interface Card {
  source: 'pack' | 'profile';
  /** The pack entry's kind (null for a profile). */
  kind: EntryKind | null;
  /** The gold type the kind answers to, if any. */
  type: ScoredType | null;
  entryId: string | null;
}

export interface TypeTally {
  gold: number;
  /** Mentions with some mark (any annotation) by the strict and lenient rule. */
  markedStrict: number;
  markedLenient: number;
  /** Mentions with a card with content (pack entry or profile). */
  cardStrict: number;
  cardLenient: number;
  /** Of those, by a profile only. */
  profileLenient: number;
  /** Mentions with a pack card (lenient), and of those, the ones whose kind answers to the gold type. */
  packCard: number;
  kindMatch: number;
  /** Mentions whose card is a profile that gives a kind, and those whose kind is right. */
  profileKinded: number;
  profileKindMatch: number;
}

export interface MarkTally {
  total: number;
  /** Marks overlapping a PERSON, ORGANISATION or PLACE mention. */
  name: number;
  /** Marks overlapping only mentions of other types (EVENT, PRODUCT…). */
  otherType: number;
  /** Marks overlapping no gold mention. */
  nonName: number;
}

export interface Sample {
  text: string;
  context: string;
  note: string;
}

export interface Tally {
  articles: number;
  blocks: number;
  types: Record<string, TypeTally>;
  /**
   * Marks: pack names (people, organisations, places, countries), pack terms (concepts, acronyms
   * of common nouns, events: "RT", "pemilu" — glossary terms a reader wants explained, not names),
   * and unknown names.
   */
  marks: { pack: MarkTally; term: MarkTally; unknown: MarkTally };
  missed: Sample[];
  wrongKind: Sample[];
  /** Profiles that say a kind, and the wrong one. */
  wrongProfileKind: Sample[];
  nonName: Sample[];
}

const emptyType = (): TypeTally => ({
  gold: 0,
  markedStrict: 0,
  markedLenient: 0,
  cardStrict: 0,
  cardLenient: 0,
  profileLenient: 0,
  packCard: 0,
  kindMatch: 0,
  profileKinded: 0,
  profileKindMatch: 0,
});
const emptyMarks = (): MarkTally => ({ total: 0, name: 0, otherType: 0, nonName: 0 });

export function emptyTally(): Tally {
  return {
    articles: 0,
    blocks: 0,
    types: Object.fromEntries(SCORED_TYPES.map((t) => [t, emptyType()])),
    marks: { pack: emptyMarks(), term: emptyMarks(), unknown: emptyMarks() },
    missed: [],
    wrongKind: [],
    wrongProfileKind: [],
    nonName: [],
  };
}

export function contextOf(block: string, start: number, end: number, width = 50): string {
  const from = Math.max(0, start - width);
  const to = Math.min(block.length, end + width);
  return `${from > 0 ? '…' : ''}${block.slice(from, start)}[${block.slice(start, end)}]${block.slice(end, to)}${to < block.length ? '…' : ''}`;
}

const overlapLength = (a: Span, m: Span) => Math.min(a.end, m.end) - Math.max(a.start, m.start);

/** Pack entry kinds that are terms, not names. */
const TERM_KINDS = new Set(['concept', 'acronym', 'event']);

/** Adds one annotated article to the tally. `cards[i]` is what annotation i gives the reader. */
export function tallyArticle(
  tally: Tally,
  article: Article,
  annotations: readonly Annotation[],
  cards: readonly (Card | null)[],
): void {
  tally.articles++;
  tally.blocks += article.blocks.length;
  const byBlock = new Map<number, number[]>();
  annotations.forEach((a, i) => {
    const list = byBlock.get(a.block) ?? [];
    list.push(i);
    byBlock.set(a.block, list);
  });
  for (const m of article.mentions) {
    const t = tally.types[m.type];
    if (!t) continue;
    const block = article.blocks[m.block] as string;
    t.gold++;
    const near = (byBlock.get(m.block) ?? []).filter((i) => overlaps(annotations[i] as Annotation, m));
    const strict = near.filter((i) => strictMatch(annotations[i] as Annotation, m));
    if (strict.length) t.markedStrict++;
    if (near.length) t.markedLenient++;
    if (strict.some((i) => cards[i])) t.cardStrict++;
    const carded = near.filter((i) => cards[i]);
    if (carded.length) {
      t.cardLenient++;
      if (!carded.some((i) => cards[i]?.source === 'pack')) t.profileLenient++;
    } else {
      const marks = near.map((i) => `"${(annotations[i] as Annotation).text}" (unknown)`);
      tally.missed.push({
        text: m.text,
        context: contextOf(block, m.start, m.end),
        note: `${m.type}; ${marks.length ? `marks: ${marks.join(', ')}` : 'no mark'}`,
      });
    }
    // The pack card the reader would most likely open: a strict one, else the widest overlap.
    const pack = carded
      .filter((i) => cards[i]?.source === 'pack')
      .sort(
        (x, y) =>
          Number(strict.includes(y)) - Number(strict.includes(x)) ||
          overlapLength(annotations[y] as Annotation, m) - overlapLength(annotations[x] as Annotation, m),
      )[0];
    if (pack !== undefined) {
      t.packCard++;
      const card = cards[pack] as Card;
      if (card.type === m.type) t.kindMatch++;
      else
        tally.wrongKind.push({
          text: m.text,
          context: contextOf(block, m.start, m.end),
          note: `gold ${m.type}; card "${(annotations[pack] as Annotation).text}" → ${card.entryId} (${card.kind})`,
        });
    } else {
      // No pack card: the profile card the reader would open, when it says what kind of name it is.
      const profile = carded.find((i) => cards[i]?.source === 'profile' && cards[i]?.type);
      if (profile !== undefined) {
        t.profileKinded++;
        if (cards[profile]?.type === m.type) t.profileKindMatch++;
        else
          tally.wrongProfileKind.push({
            text: m.text,
            context: contextOf(block, m.start, m.end),
            note: `gold ${m.type}; profile "${(annotations[profile] as Annotation).text}" says ${cards[profile]?.type}`,
          });
      }
    }
  }
  annotations.forEach((a, i) => {
    const term = a.entryId !== null && TERM_KINDS.has(cards[i]?.kind ?? '');
    const marks = a.entryId ? (term ? tally.marks.term : tally.marks.pack) : tally.marks.unknown;
    marks.total++;
    const hits = article.mentions.filter((m) => overlaps(a, m));
    if (hits.some((m) => m.type in tally.types)) marks.name++;
    else if (hits.length) marks.otherType++;
    else {
      marks.nonName++;
      const card = cards[i];
      tally.nonName.push({
        text: a.text,
        context: contextOf(article.blocks[a.block] as string, a.start, a.end),
        note: a.entryId ? `pack ${a.entryId} (${card?.kind ?? '?'})` : card ? 'unknown, profiled' : 'unknown',
      });
    }
  });
}

/** `n` samples spread evenly over the list (deterministic). */
export function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)] as T);
}

/** The most frequent texts of a sample list, for reading the mechanisms. */
export function topTexts(list: readonly Sample[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

// The extractive summary: TextRank over the article's sentences (Mihalcea and Tarau 2004: a graph
// of sentences weighted by shared content words, ranked by PageRank), with the lead of a news
// article and the words of its title counted in, 3 to 5 sentences shown in the article's order.
// Only the article's own blocks (paragraphs, list items, quotes) are read: nothing from the page
// around it can appear. Bounded for hostile input: at most MAX_SENTENCES sentences are ranked.
import { splitSentences } from './sentences';

export interface SummaryBlock {
  kind: string;
  text: string;
}

export interface SummarySentence {
  text: string;
  block: number;
  start: number;
  end: number;
}

export interface SummaryOptions {
  /** Words that carry no content (the language's common words). */
  stopwords: ReadonlySet<string>;
  clitics?: readonly string[];
  min?: number;
  max?: number;
  /** Maps a word to the form sentences are compared by (its root, where a stemmer knows it). */
  normalize?: (word: string) => string;
}

const READ_KINDS = new Set(['paragraph', 'list-item', 'quote']);
/** Sentences ranked at most (the graph is quadratic in them). */
export const MAX_SENTENCES = 300;
/** Characters of the article read at most. */
const MAX_CHARS = 120_000;
/** A sentence shown is at most this long (a piece of an unpunctuated wall of text is cut). */
const MAX_SENTENCE = 400;
const DAMPING = 0.85;
/** How much the lead counts: the i-th sentence's score is multiplied by 1 + LEAD / (i + 1). */
const LEAD = 1;

const WORD = /[\p{L}\p{N}]+/gu;

function contentWords(text: string, lang: string, options: SummaryOptions): Set<string> {
  const out = new Set<string>();
  for (const match of text.toLocaleLowerCase(lang).matchAll(WORD)) {
    let w = match[0];
    if (w.length < 2 || options.stopwords.has(w) || /^\d+$/.test(w)) continue;
    for (const c of options.clitics ?? []) {
      if (w.length > c.length + 2 && w.endsWith(c)) {
        w = w.slice(0, -c.length);
        break;
      }
    }
    out.add(options.normalize ? options.normalize(w) : w);
  }
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) n++;
  return n;
}

/** The summary's sentences, in the article's order. */
export function summarize(
  title: string,
  blocks: readonly SummaryBlock[],
  lang: string,
  options: SummaryOptions,
): SummarySentence[] {
  const sentences: (SummarySentence & { words: Set<string> })[] = [];
  let chars = 0;
  for (let b = 0; b < blocks.length && sentences.length < MAX_SENTENCES && chars < MAX_CHARS; b++) {
    const block = blocks[b] as SummaryBlock;
    if (!READ_KINDS.has(block.kind)) continue;
    const text = block.text.slice(0, MAX_CHARS - chars);
    chars += text.length;
    for (const s of splitSentences(text, lang, { maxSentence: MAX_SENTENCE })) {
      if (sentences.length >= MAX_SENTENCES) break;
      const words = contentWords(s.text, lang, options);
      // Too short to say anything on its own ("Foto: Reuters.", "Baca juga").
      if (words.size < 3) continue;
      sentences.push({ text: s.text, block: b, start: s.start, end: s.end, words });
    }
  }
  const n = sentences.length;
  if (n === 0) return [];
  // The graph: similarity = shared content words, normalised by the sentences' lengths.
  const weights: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const outSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const a = sentences[i] as (typeof sentences)[number];
    for (let j = i + 1; j < n; j++) {
      const b = sentences[j] as (typeof sentences)[number];
      const shared = overlap(a.words, b.words);
      if (shared === 0) continue;
      const w = shared / (Math.log(a.words.size + 1) + Math.log(b.words.size + 1));
      (weights[i] as number[])[j] = w;
      (weights[j] as number[])[i] = w;
      outSum[i] = (outSum[i] as number) + w;
      outSum[j] = (outSum[j] as number) + w;
    }
  }
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    let delta = 0;
    for (let j = 0; j < n; j++) {
      if ((outSum[j] as number) === 0) continue;
      const share = (DAMPING * (rank[j] as number)) / (outSum[j] as number);
      const row = weights[j] as number[];
      for (let i = 0; i < n; i++)
        if ((row[i] as number) > 0) next[i] = (next[i] as number) + share * (row[i] as number);
    }
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] as number) - (rank[i] as number));
    rank = next;
    if (delta < 1e-6) break;
  }
  // News puts the point first; and a sentence that shares the title's words is on topic.
  const titleWords = contentWords(title, lang, options);
  const score = sentences.map((s, i) => {
    const lead = 1 + LEAD / (1 + i);
    const onTitle = titleWords.size ? 1 + (0.5 * overlap(s.words, titleWords)) / titleWords.size : 1;
    return (rank[i] as number) * lead * onTitle;
  });
  const want = Math.min(n, Math.max(options.min ?? 3, Math.min(options.max ?? 5, Math.round(n / 8))));
  const order = score.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  const chosen: number[] = [];
  for (const [, i] of order) {
    if (chosen.length >= want) break;
    const s = sentences[i] as (typeof sentences)[number];
    // Not a near-repeat of one already chosen.
    const repeats = chosen.some((c) => {
      const other = (sentences[c] as (typeof sentences)[number]).words;
      return overlap(s.words, other) / Math.min(s.words.size, other.size) > 0.7;
    });
    if (!repeats) chosen.push(i);
  }
  return chosen
    .sort((a, b) => a - b)
    .map((i) => {
      const { text, block, start, end } = sentences[i] as (typeof sentences)[number];
      return { text, block, start, end };
    });
}

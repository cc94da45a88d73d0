// The extractive summary: each sentence of the article scored by a small logistic model over its
// place in the article (the lead above all: news puts the point first), its length, its
// centrality (TextRank, Mihalcea and Tarau 2004: a graph of sentences weighted by shared content
// words, ranked by PageRank), its share of the title's words and whether it is a quotation; then
// the best sentences taken, none repeating one already taken, until a word budget is spent (2 to 5
// sentences: the summary's length follows the article's sentences), shown in the article's order.
// The weights are fitted on the tune part of IndoSum by scripts/summary/train-summary.ts
// (summary-model.json).
//
// Only the article's own blocks (paragraphs, list items, quotes) are read: nothing from the page
// around it can appear, nor junk inside it (src/core/summary/junk.ts). A kept sentence is a piece
// of its block, word for word (only a junk head or tail cut off). Bounded for hostile input: at
// most MAX_SENTENCES sentences are ranked, MAX_CHARS characters read.
import { trimJunk } from './junk';
import { splitSentences } from './sentences';
import model from './summary-model.json';

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
  /** Fewest and most sentences (default 2 and 5). */
  min?: number;
  max?: number;
  /** Maps a word to the form sentences are compared by (its root, where a stemmer knows it). */
  normalize?: (word: string) => string;
  /** Another model (the scoring scripts' baselines and the trainer's candidates). */
  model?: SummaryModel;
}

export interface SummaryModel {
  /** Feature names, in the order of `weights` (see FEATURES). */
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Sentences past `min` are taken while their probability is at least this. */
  threshold: number;
  /** Words of summary aimed at: sentences are taken until this many words are reached. */
  budget: number;
  /** A sentence sharing more than this part of its content words with one taken is a repeat. */
  redundancy: number;
}

const READ_KINDS = new Set(['paragraph', 'list-item', 'quote']);
/** Sentences ranked at most (the graph is quadratic in them). */
export const MAX_SENTENCES = 300;
/** Characters of the article read at most. */
const MAX_CHARS = 120_000;
/** A sentence shown is at most this long (a piece of an unpunctuated wall of text is cut). */
const MAX_SENTENCE = 400;
/** A quotation of more sentences than this is read as its sentences. */
const MAX_QUOTE_SENTENCES = 2;
const DAMPING = 0.85;
/** Words a sentence is counted as at most for length (a longer one is long). */
const LENGTH_SCALE = 30;

const WORD = /[\p{L}\p{N}]+/gu;
const QUOTE = /["“”«»]/;

export interface Candidate extends SummarySentence {
  words: Set<string>;
  /** Words as written (every word, common ones too). */
  length: number;
  /** The read block it is in (0 = the first paragraph), and its place in that block. */
  paragraph: number;
  inParagraph: number;
}

/** The features, in the model's order; each is about 0 to 1. */
export const FEATURES = [
  'first',
  'second',
  'lead',
  'position',
  'paragraph',
  'paragraphStart',
  'short',
  'long',
  'rank',
  'title',
  'quote',
  'leadOverlap',
  'question',
] as const;

/** The content words of a text (its roots, by `normalize`), and how many words it has in all. */
function contentWords(
  text: string,
  lang: string,
  options: SummaryOptions,
  roots?: Map<string, string>,
): { words: Set<string>; count: number } {
  const out = new Set<string>();
  let count = 0;
  for (const match of text.toLocaleLowerCase(lang).matchAll(WORD)) {
    count++;
    let w = match[0];
    if (w.length < 2 || options.stopwords.has(w) || /^\d+$/.test(w)) continue;
    for (const c of options.clitics ?? []) {
      if (w.length > c.length + 2 && w.endsWith(c)) {
        w = w.slice(0, -c.length);
        break;
      }
    }
    if (options.normalize) {
      let r = roots?.get(w);
      if (r === undefined) {
        r = options.normalize(w);
        roots?.set(w, r);
      }
      w = r;
    }
    out.add(w);
  }
  return { words: out, count };
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) n++;
  return n;
}

/** The sentences that may be shown: the article's prose, split, junk cut off or left out. */
export function candidates(
  blocks: readonly SummaryBlock[],
  lang: string,
  options: SummaryOptions,
): Candidate[] {
  const out: Candidate[] = [];
  let chars = 0;
  let paragraph = 0;
  const roots = new Map<string, string>();
  for (let b = 0; b < blocks.length && out.length < MAX_SENTENCES && chars < MAX_CHARS; b++) {
    const block = blocks[b] as SummaryBlock;
    if (!READ_KINDS.has(block.kind)) continue;
    const text = block.text.slice(0, MAX_CHARS - chars);
    chars += text.length;
    let inParagraph = 0;
    const split = splitSentences(text, lang, {
      maxSentence: MAX_SENTENCE,
      maxQuoteSentences: MAX_QUOTE_SENTENCES,
    });
    for (const s of split) {
      if (out.length >= MAX_SENTENCES) break;
      const piece = trimJunk(s.text, out.length === 0);
      if (!piece) continue;
      const shown = s.text.slice(piece.start, piece.end);
      const { words, count } = contentWords(shown, lang, options, roots);
      // Too short to say anything on its own ("Foto: Reuters.", "Baca juga").
      if (words.size < 3) continue;
      out.push({
        text: shown,
        block: b,
        start: s.start + piece.start,
        end: s.start + piece.end,
        words,
        length: count,
        paragraph,
        inParagraph: inParagraph++,
      });
    }
    if (inParagraph > 0) paragraph++;
  }
  return out;
}

/** TextRank: PageRank over the sentence graph; each sentence's rank times n (1 on average). */
export function textRank(sentences: readonly Candidate[]): number[] {
  const n = sentences.length;
  // Shared words counted through an index of the sentences each word is in: the cost is the
  // pairs of sentences sharing a word, not all pairs.
  const postings = new Map<string, number[]>();
  const logSize = sentences.map((s) => Math.log(s.words.size + 1));
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const edgeWeights: number[][] = Array.from({ length: n }, () => []);
  const outSum = new Float64Array(n);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const w of (sentences[i] as Candidate).words) {
      let list = postings.get(w);
      if (!list) {
        list = [];
        postings.set(w, list);
      }
      for (const j of list) {
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + 1;
      }
      list.push(i);
    }
    for (const j of touched) {
      const w = (shared[j] as number) / ((logSize[i] as number) + (logSize[j] as number));
      shared[j] = 0;
      (neighbours[i] as number[]).push(j);
      (edgeWeights[i] as number[]).push(w);
      (neighbours[j] as number[]).push(i);
      (edgeWeights[j] as number[]).push(w);
      outSum[i] = (outSum[i] as number) + w;
      outSum[j] = (outSum[j] as number) + w;
    }
    touched.length = 0;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < 50; iteration++) {
    next.fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if ((outSum[j] as number) === 0) continue;
      const share = (DAMPING * (rank[j] as number)) / (outSum[j] as number);
      const to = neighbours[j] as number[];
      const ws = edgeWeights[j] as number[];
      for (let e = 0; e < to.length; e++) {
        const i = to[e] as number;
        next[i] = (next[i] as number) + share * (ws[e] as number);
      }
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] as number) - (rank[i] as number));
    [rank, next] = [next, rank];
    if (delta < 1e-6) break;
  }
  return Array.from(rank, (r) => r * n);
}

/** Each candidate's features, in FEATURES' order. */
export function features(
  title: string,
  sentences: readonly Candidate[],
  lang: string,
  options: SummaryOptions,
): number[][] {
  const n = sentences.length;
  const rank = textRank(sentences);
  const titleWords = contentWords(title, lang, options).words;
  const lead = sentences[0]?.words ?? new Set<string>();
  return sentences.map((s, i) => [
    i === 0 ? 1 : 0,
    i === 1 ? 1 : 0,
    1 / (i + 1),
    n > 1 ? i / (n - 1) : 0,
    1 / (s.paragraph + 1),
    s.inParagraph === 0 ? 1 : 0,
    Math.min(s.length, LENGTH_SCALE) / LENGTH_SCALE,
    Math.max(0, s.length - LENGTH_SCALE) / LENGTH_SCALE,
    Math.log(rank[i] as number),
    titleWords.size ? overlap(s.words, titleWords) / titleWords.size : 0,
    QUOTE.test(s.text) ? 1 : 0,
    i > 0 ? overlap(s.words, lead) / s.words.size : 0,
    s.text.endsWith('?') ? 1 : 0,
  ]);
}

/** The model's probability that each candidate belongs in the summary. */
export function probabilities(rows: readonly number[][], m: SummaryModel = model): number[] {
  const index = FEATURES.map((f) => m.features.indexOf(f));
  return rows.map((row) => {
    let z = m.bias;
    for (let k = 0; k < row.length; k++) {
      const at = index[k] as number;
      if (at >= 0) z += (m.weights[at] as number) * (row[k] as number);
    }
    return 1 / (1 + Math.exp(-z));
  });
}

/** Candidates to show, by `score` (higher first): no repeats, `min` to `max`, within the budget. */
export function choose(
  sentences: readonly Candidate[],
  score: readonly number[],
  options: Pick<SummaryOptions, 'min' | 'max'>,
  m: Pick<SummaryModel, 'threshold' | 'budget' | 'redundancy'> = model,
): number[] {
  const n = sentences.length;
  const max = Math.min(n, Math.max(1, options.max ?? 5));
  const min = Math.min(max, Math.max(1, options.min ?? 2));
  const order = score.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const chosen: number[] = [];
  let words = 0;
  for (const [p, i] of order) {
    if (chosen.length >= max) break;
    if (chosen.length >= min && (words >= m.budget || p < m.threshold)) break;
    const s = sentences[i] as Candidate;
    const repeats = chosen.some((c) => {
      const other = (sentences[c] as Candidate).words;
      return overlap(s.words, other) / Math.min(s.words.size, other.size) > m.redundancy;
    });
    if (repeats) continue;
    chosen.push(i);
    words += s.length;
  }
  return chosen.sort((a, b) => a - b);
}

/** The summary's sentences, in the article's order. */
export function summarize(
  title: string,
  blocks: readonly SummaryBlock[],
  lang: string,
  options: SummaryOptions,
): SummarySentence[] {
  const sentences = candidates(blocks, lang, options);
  if (sentences.length === 0) return [];
  const m = options.model ?? model;
  const score = probabilities(features(title, sentences, lang, options), m);
  return choose(sentences, score, options, m).map((i) => {
    const { text, block, start, end } = sentences[i] as Candidate;
    return { text, block, start, end };
  });
}

// IndoSum (Kurniawan and Louvan 2018) for the summary scripts: its articles as Lentera's blocks,
// its reference summaries as text, its tune and held-out parts. The data are pre-tokenised: tokens
// are joined with spaces and the spacing around punctuation put back (detokenise); references go
// through the same function, and ROUGE tokenises both alike (src/core/summary/rouge.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageSets } from '../../src/core/glossary/language-data';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { rootOf } from '../../src/core/lexicon/lookup';
import type { SummaryOptions } from '../../src/core/summary/summarize';

export const root = join(import.meta.dirname, '..', '..');
const BESIDE = join(root, '..', 'shared', 'data', 'indosum', 'dev.01.jsonl');
/** ../shared/data/indosum/dev.01.jsonl beside the repository (a worktree elsewhere: /work/shared). */
export const DEFAULT_PATH = existsSync(BESIDE) ? BESIDE : '/work/shared/data/indosum/dev.01.jsonl';

export interface Article {
  id: string;
  /** The words of the article's address (IndoSum has no title field; the slug is its title). */
  title: string;
  blocks: { kind: string; text: string }[];
  /** Per block, each gold sentence's offsets in the block's text and its extractive label. */
  gold: { start: number; end: number; label: boolean }[][];
  reference: string;
}

/** Tokens back to text: no space before closing punctuation, none after opening, quotes paired. */
export function detokenise(tokens: readonly string[], quotes = { open: false }): string {
  let out = '';
  let glue = true;
  for (const raw of tokens) {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    let space = !glue;
    glue = false;
    if (t === '"') {
      if (quotes.open) space = false;
      else glue = true;
      quotes.open = !quotes.open;
    } else if (/^[.,;:!?%)\]}…]+$/.test(t) || /^'(s|re|ve|ll|d|m)$/i.test(t) || t === "n't") space = false;
    else if (/^[([{]$/.test(t)) glue = true;
    else if (t === '/' || t === '-') {
      space = false;
      glue = true;
    }
    out += (space && out ? ' ' : '') + t;
  }
  return out;
}

/** FNV-1a of the id: 60 % of the articles tune, 40 % held out, the same on every run. */
export function part(id: string): 'tune' | 'held-out' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 10 < 6 ? 'tune' : 'held-out';
}

function titleOf(url: string): string {
  const slug =
    url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .at(-1) ?? '';
  return slug
    .replace(/\.\w+$/, '')
    .split(/[-_]+/)
    .filter((w) => !/^\d+$/.test(w))
    .join(' ');
}

export function readIndoSum(path: string): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const d = JSON.parse(line) as {
        id: string;
        source_url: string;
        paragraphs: string[][][];
        summary: string[][];
        gold_labels: boolean[][];
      };
      const blocks: Article['blocks'] = [];
      const gold: Article['gold'] = [];
      d.paragraphs.forEach((paragraph, p) => {
        let text = '';
        const spans: Article['gold'][number] = [];
        // A quotation runs over sentences: its marks are paired across the paragraph.
        const quotes = { open: false };
        paragraph.forEach((sentence, s) => {
          const t = detokenise(sentence, quotes);
          if (!t) return;
          if (text) text += ' ';
          spans.push({
            start: text.length,
            end: text.length + t.length,
            label: d.gold_labels[p]?.[s] === true,
          });
          text += t;
        });
        blocks.push({ kind: 'paragraph', text });
        gold.push(spans);
      });
      return {
        id: d.id,
        title: titleOf(d.source_url),
        blocks,
        gold,
        reference: (() => {
          const quotes = { open: false };
          return d.summary.map((s) => detokenise(s, quotes)).join(' ');
        })(),
      };
    });
}

/** The summariser's options for Indonesian, as the background gives them (roots from the lexicon). */
export function indonesianOptions(): SummaryOptions {
  const sets = languageSets([JSON.parse(readFileSync(join(root, 'assets/languages/id.json'), 'utf8'))], 'id');
  const lexicon = createLexicon(
    JSON.parse(readFileSync(join(root, 'assets/lexicon/id-en.json'), 'utf8')),
    JSON.parse(readFileSync(join(root, 'assets/lexicon/id-roots.json'), 'utf8')),
  );
  return { stopwords: sets.common, clitics: sets.clitics, normalize: (w) => rootOf(w, lexicon) };
}

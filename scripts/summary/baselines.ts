// What every summary scorer compares Lentera with, and how it counts junk: one definition.
import { trimJunk } from '../../src/core/summary/junk';
import { splitSentences } from '../../src/core/summary/sentences';
import {
  type Candidate,
  candidates,
  choose,
  type SummaryBlock,
  type SummaryOptions,
  textRank,
} from '../../src/core/summary/summarize';

/** Lead-3: the first three sentences of the prose, as the summariser splits them (junk and all). */
export function lead3(blocks: readonly SummaryBlock[], lang: string): string[] {
  return blocks
    .flatMap((b) => splitSentences(b.text, lang))
    .slice(0, 3)
    .map((s) => s.text);
}

/** Plain TextRank: the three best-ranked candidates, no repeats, in the article's order. */
export function plainTextRank(
  blocks: readonly SummaryBlock[],
  lang: string,
  options: SummaryOptions,
): string[] {
  const c: Candidate[] = candidates(blocks, lang, options);
  if (c.length === 0) return [];
  return choose(c, textRank(c), { min: 3, max: 3 }).map((i) => (c[i] as Candidate).text);
}

/** Junk: a sentence the junk rules would drop, or cut a head or tail off. */
export function isJunk(sentence: string): boolean {
  const piece = trimJunk(sentence);
  return !piece || piece.start > 0 || piece.end < sentence.length;
}

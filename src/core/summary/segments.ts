// A summary sentence as the popup draws it: the names marked in it (the page's own annotations,
// by their offsets in the block) and every other word, each one a thing a reader can look up, with
// the text between them kept as it is. The pieces, joined, are exactly the sentence.
import type { Annotation } from '../glossary/annotate';
import { pieces } from '../word-around';
import type { SummarySentence } from './summarize';

export type Segment<A extends Annotation> =
  | { kind: 'text'; text: string }
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'name'; text: string; start: number; end: number; annotation: A };

/**
 * `blockText` is the text of the sentence's block; `names` the annotations worth a card, in any
 * order (those of other blocks, or not wholly inside the sentence, are left out).
 */
export function sentenceSegments<A extends Annotation>(
  sentence: SummarySentence,
  blockText: string,
  names: readonly A[],
  lang: string,
): Segment<A>[] {
  const text = blockText.slice(sentence.start, sentence.end) === sentence.text ? blockText : null;
  // A sentence that no longer matches its block (a stale cache) is still readable word by word,
  // its offsets then counted in the sentence itself.
  const base = text === null ? 0 : sentence.start;
  const source = text ?? sentence.text;
  const inside = names
    .filter(
      (a) =>
        text !== null && a.block === sentence.block && a.start >= sentence.start && a.end <= sentence.end,
    )
    .sort((a, b) => a.start - b.start);
  const out: Segment<A>[] = [];
  const words = (from: number, to: number) => {
    if (to <= from) return;
    for (const p of pieces(source.slice(from, to), from, lang)) {
      const last = out[out.length - 1];
      if (p.word) out.push({ kind: 'word', text: p.text, start: p.start, end: p.end });
      else if (last?.kind === 'text') last.text += p.text;
      else out.push({ kind: 'text', text: p.text });
    }
  };
  let at = base;
  for (const a of inside) {
    if (a.start < at) continue; // overlapping marks: the first one wins
    words(at, a.start);
    out.push({
      kind: 'name',
      text: source.slice(a.start, a.end),
      start: a.start,
      end: a.end,
      annotation: a,
    });
    at = a.end;
  }
  words(at, base + sentence.text.length);
  return out;
}

// The sentence a word or term stood in, for the vocabulary list.

/** The sentence of `text` around [start, end): from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number, max = 400): string {
  let from = start;
  while (from > 0 && !/[.!?…]\s/.test(text.slice(from - 2, from)) && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && !/[.!?…]/.test(text[to - 1] ?? '') && text[to] !== '\n') to++;
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length <= max) return sentence;
  const middle = Math.floor((start + end) / 2) - from;
  const a = Math.max(0, middle - max / 2);
  return `…${sentence.slice(a, a + max).trim()}…`;
}

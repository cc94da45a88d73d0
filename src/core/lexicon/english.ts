// English lemmas for lookups, as WordNet's morphy finds them: the exception lists first (went → go,
// children → child: WordNet's own, in assets/lexicon/en-forms.json, reached through the lexicon),
// then the detachment rules (troops → troop, carried → carry, running → run); a candidate counts
// only if the lexicon has it. A lemmatiser library with its own word list (wink-lemmatizer brings
// WordNet, several megabytes) would duplicate what the lexicon knows. The rules are data of
// English, in its folder (src/core/languages/en/lemma-rules.ts).
import { FUNCTION_WORDS } from '../languages/en/closed-class';
import { DETACHMENTS } from '../languages/en/lemma-rules';
import type { PartOfSpeech } from './lexicon';

const LEMMA_POS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj'];

/**
 * Candidate lemmas of an English word (lower-case), most likely first; the word itself first.
 * `exceptions` gives the irregular lemmas of a form (the lexicon's forms list).
 */
export function englishLemmas(
  word: string,
  exceptions: (form: string) => readonly string[] | undefined = () => undefined,
  /** Whether a lemma has a part of speech (undefined: not known, and any rule's result counts). */
  hasPartOfSpeech: (word: string, pos: PartOfSpeech) => boolean | undefined = () => undefined,
): string[] {
  const w = word.toLowerCase();
  const out: string[] = [w];
  for (const lemma of exceptions(w) ?? []) out.push(lemma);
  // "children's", "women's": a possessive on an irregular form.
  for (const ending of ["'s", '’s']) {
    if (w.endsWith(ending)) for (const lemma of exceptions(w.slice(0, -2)) ?? []) out.push(lemma);
  }
  // A function word is not taken apart (only is no -ly form of on, his no plural of hi), and a word
  // that is a lemma of its own is no comparative or -ly form of another (number is not numb + -er).
  if (FUNCTION_WORDS.has(w)) return [...new Set(out)];
  const fits = (base: string, pos: readonly PartOfSpeech[] | null) =>
    pos === null || pos.some((p) => hasPartOfSpeech(base, p) !== false);
  const ownLemma = LEMMA_POS.some((p) => hasPartOfSpeech(w, p) === true);
  for (const [ending, replacement, pos] of DETACHMENTS) {
    if (ownLemma && pos?.every((p) => p === 'adj')) continue;
    if (w.length > ending.length + 1 && w.endsWith(ending)) {
      const base = w.slice(0, -ending.length) + replacement;
      if (fits(base, pos)) out.push(base);
      // running → run, stopped → stop: a doubled final consonant.
      if (
        (ending === 'ing' || ending === 'ed' || ending === 'er' || ending === 'est') &&
        replacement === ''
      ) {
        const n = base.length;
        if (
          n >= 3 &&
          base[n - 1] === base[n - 2] &&
          !/[aeiou]/.test(base[n - 1] ?? '') &&
          fits(base.slice(0, -1), pos)
        )
          out.push(base.slice(0, -1));
      }
    }
  }
  return [...new Set(out)];
}

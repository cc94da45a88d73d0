// English lemmas for lookups, from the lexicon's own headwords: WordNet's detachment rules (the
// "morphy" rules: troops → troop, carried → carry, running → run) and a short list of irregular
// forms; a candidate counts only if the lexicon has it. A lemmatiser library with its own word
// list (wink-lemmatizer brings WordNet, several megabytes) would duplicate what the lexicon knows.
// The rules are data of English, in its folder (src/core/languages/en/lemma-rules.ts).
import { DETACHMENTS, IRREGULAR } from '../languages/en/lemma-rules';

/** Candidate lemmas of an English word (lower-case), most likely first; the word itself first. */
export function englishLemmas(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [w];
  const irregular = IRREGULAR[w];
  if (irregular) out.push(irregular);
  for (const [ending, replacement] of DETACHMENTS) {
    if (w.length > ending.length + 1 && w.endsWith(ending)) {
      const base = w.slice(0, -ending.length) + replacement;
      out.push(base);
      // running → run, stopped → stop: a doubled final consonant.
      if (
        (ending === 'ing' || ending === 'ed' || ending === 'er' || ending === 'est') &&
        replacement === ''
      ) {
        const n = base.length;
        if (n >= 3 && base[n - 1] === base[n - 2] && !/[aeiou]/.test(base[n - 1] ?? ''))
          out.push(base.slice(0, -1));
      }
    }
  }
  return [...new Set(out)];
}

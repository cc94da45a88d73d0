// English lemmas for lookups, from the lexicon's own headwords: WordNet's detachment rules (the
// "morphy" rules: troops → troop, carried → carry, running → run) and a short list of irregular
// forms; a candidate counts only if the lexicon has it. A lemmatiser library with its own word
// list (wink-lemmatizer brings WordNet, several megabytes) would duplicate what the lexicon knows.

/** [ending, replacement], tried in order; the result must be a headword. */
export const DETACHMENTS: readonly (readonly [string, string])[] = [
  ["'s", ''],
  ['’s', ''],
  ["s'", 's'],
  ['ies', 'y'],
  ['ves', 'f'],
  ['ves', 'fe'],
  ['sses', 'ss'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['ier', 'y'],
  ['iest', 'y'],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
  ['ly', ''],
  ['ily', 'y'],
];

export const IRREGULAR: Readonly<Record<string, string>> = {
  am: 'be',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  has: 'have',
  had: 'have',
  did: 'do',
  does: 'do',
  done: 'do',
  went: 'go',
  gone: 'go',
  said: 'say',
  made: 'make',
  took: 'take',
  taken: 'take',
  came: 'come',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  got: 'get',
  gave: 'give',
  given: 'give',
  found: 'find',
  thought: 'think',
  told: 'tell',
  became: 'become',
  left: 'leave',
  felt: 'feel',
  brought: 'bring',
  began: 'begin',
  begun: 'begin',
  kept: 'keep',
  held: 'hold',
  wrote: 'write',
  written: 'write',
  stood: 'stand',
  heard: 'hear',
  meant: 'mean',
  met: 'meet',
  ran: 'run',
  paid: 'pay',
  sat: 'sit',
  spoke: 'speak',
  spoken: 'speak',
  led: 'lead',
  grew: 'grow',
  grown: 'grow',
  lost: 'lose',
  fell: 'fall',
  fallen: 'fall',
  sent: 'send',
  built: 'build',
  understood: 'understand',
  drew: 'draw',
  drawn: 'draw',
  broke: 'break',
  broken: 'break',
  spent: 'spend',
  rose: 'rise',
  risen: 'rise',
  drove: 'drive',
  driven: 'drive',
  bought: 'buy',
  wore: 'wear',
  worn: 'wear',
  chose: 'choose',
  chosen: 'choose',
  fought: 'fight',
  sought: 'seek',
  caught: 'catch',
  taught: 'teach',
  sold: 'sell',
  won: 'win',
  struck: 'strike',
  shot: 'shoot',
  fled: 'flee',
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  better: 'good',
  best: 'good',
  worse: 'bad',
  worst: 'bad',
  crises: 'crisis',
  analyses: 'analysis',
  criteria: 'criterion',
  data: 'datum',
};

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

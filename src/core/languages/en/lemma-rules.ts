// The English lemmatiser's rules, as data: WordNet's detachment rules (the "morphy" rules of
// morphy(7WN): troops → troop, carried → carry), with the possessive and -ly endings a reader meets
// in news. Irregular forms (went → go, children → child) are not here: they are WordNet's exception
// lists, built into assets/lexicon/en-forms.json. The engine is src/core/lexicon/english.ts (only
// the background runs it, so the descriptor does not carry these).

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

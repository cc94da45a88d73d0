// The English lemmatiser's rules, as data: WordNet's detachment rules (the "morphy" rules of
// morphy(7WN): troops → troop, carried → carry), with the possessive and -ly endings a reader meets
// in news. Irregular forms (went → go, children → child) are not here: they are WordNet's exception
// lists, built into assets/lexicon/en-forms.json. The engine is src/core/lexicon/english.ts (only
// the background runs it, so the descriptor does not carry these).
import type { PartOfSpeech } from '../../lexicon/lexicon';

const NOUN: readonly PartOfSpeech[] = ['noun'];
const VERB: readonly PartOfSpeech[] = ['verb'];
const ADJ: readonly PartOfSpeech[] = ['adj'];
const NOUN_VERB: readonly PartOfSpeech[] = ['noun', 'verb'];

/**
 * [ending, replacement, the parts of speech the lemma must have (null: any)], tried in order; the
 * result must be a headword. As in morphy, a rule leads only to a lemma of its own part of speech
 * (-ed and -ing to verbs, -er and -est to adjectives): need is no -ed form of ne, nor news a plural
 * of new.
 */
export const DETACHMENTS: readonly (readonly [string, string, readonly PartOfSpeech[] | null])[] = [
  ["'s", '', null],
  ['’s', '', null],
  ["s'", 's', null],
  ['ies', 'y', NOUN_VERB],
  ['ves', 'f', NOUN],
  ['ves', 'fe', NOUN],
  ['sses', 'ss', NOUN_VERB],
  ['ses', 's', NOUN_VERB],
  ['xes', 'x', NOUN_VERB],
  ['zes', 'z', NOUN_VERB],
  ['ches', 'ch', NOUN_VERB],
  ['shes', 'sh', NOUN_VERB],
  ['men', 'man', NOUN],
  ['es', 'e', VERB],
  ['es', '', VERB],
  ['s', '', NOUN_VERB],
  ['ied', 'y', VERB],
  ['ed', 'e', VERB],
  ['ed', '', VERB],
  ['ing', 'e', VERB],
  ['ing', '', VERB],
  ['ier', 'y', ADJ],
  ['iest', 'y', ADJ],
  ['er', '', ADJ],
  ['est', '', ADJ],
  ['er', 'e', ADJ],
  ['est', 'e', ADJ],
  ['ly', '', ADJ],
  ['ily', 'y', ADJ],
];

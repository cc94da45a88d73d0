// Senses in context: which gloss of a word comes first, chosen from its neighbours in the sentence
// (the words the card already sends: up to four either side, in the same clause). "to" before a verb
// is "untuk", before a place "ke"; "has" before a past participle is "telah", before a noun
// "memiliki". The rules are data of the language pair (a table in the source language's folder,
// each rule with example sentences); this engine knows nothing of any language: a cue names words,
// word classes of the table, parts of speech or inflections that the lexicon's own morphology
// tells, and the first rule whose cues all hold puts its glosses first.
import type { PartOfSpeech } from './lexicon';

/** What a neighbouring word must be; any one of the kinds it lists will do. */
export interface Cue {
  /** These words (lower-case). */
  words?: readonly string[];
  /** Words of these classes of the table. */
  classes?: readonly string[];
  /** A word whose lemma (or the word itself) is one of these (said, says → say). */
  lemmas?: readonly string[];
  /** A base form: the word as written is a lemma of one of these parts of speech… */
  pos?: readonly PartOfSpeech[];
  /** …and of none of these (for `pos` only). */
  notPos?: readonly PartOfSpeech[];
  /**
   * An inflected form of a lemma of this part of speech: ending with one of `endings` (abolished,
   * running), or, with `irregular`, listed as such in the forms list (been, made) — and not itself
   * a lemma of `notPos`.
   */
  inflected?: {
    pos: PartOfSpeech;
    endings: readonly string[];
    irregular?: boolean;
    notPos?: readonly PartOfSpeech[];
  };
  /** Digits (1876, 10). */
  number?: boolean;
  /** Written with a capital first (a name, when it is not the sentence's first word). */
  capital?: boolean;
  /** No word there: the clause begins (before) or ends (after). */
  none?: boolean;
  /** Not if the word is also this. */
  unless?: Cue;
}

export interface SenseRule {
  /** The words (lower-case, as written) the rule is for… */
  words?: readonly string[];
  /** …or the words this cue matches (a verb's participle). */
  word?: Cue;
  /** The nearest word before, looking past the table's `skip` words (and the rule's). */
  before?: Cue;
  /** The nearest word after, looking past the table's `skip` words (and the rule's). */
  after?: Cue;
  /** More words a cue looks past for this rule (for 3 long years). */
  skip?: Cue;
  /** Whether it holds before a multiword expression the word is part of (that is: yaitu). */
  overMultiword?: boolean;
  /** The glosses it puts first, best first (they need not be in the entry). */
  glosses?: readonly string[];
  /**
   * Whether the lemma's glosses come first instead (an inflection read as its verb: had [given]
   * is memberi, not kecenderungan).
   */
  lemmaFirst?: boolean;
  /** Sentences where the rule applies, the word in [brackets]: the unit tests read them. */
  examples: readonly string[];
  /** Sentences where it must not apply (the tests check these too). */
  counterExamples?: readonly string[];
}

export interface SenseTable {
  /** Closed word classes of the language, by name (determiner: the, a, this, …). */
  classes: Readonly<Record<string, readonly string[]>>;
  /** Words a cue looks past: adverbs between an auxiliary and its verb (has not yet been). */
  skip: Cue & {
    /** A word with one of these endings that is no lemma of a noun, verb or adjective (quickly). */
    adverbEndings?: readonly string[];
  };
  /** Tried in order; the first whose cues hold. */
  rules: readonly SenseRule[];
}

/** What the engine asks of the lexicon's morphology. */
export interface WordFacts {
  /** Whether a word is a lemma of a part of speech (undefined: the lexicon does not say). */
  hasPartOfSpeech(word: string, pos: PartOfSpeech): boolean | undefined;
  /** The irregular lemmas of a form (been → be), from the forms list. */
  formsOf(word: string): readonly string[] | undefined;
  /** The lemmas the morphology's rules find for a word (abolished → abolish), itself not included. */
  lemmasOf(word: string): readonly string[];
}

const ALL_POS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj'];

function matches(cue: Cue, word: string | undefined, table: SenseTable, facts: WordFacts): boolean {
  if (word === undefined) return cue.none === true;
  const w = word.toLowerCase().replaceAll('’', "'");
  if (cue.unless && matches(cue.unless, word, table, facts)) return false;
  if (cue.capital && /^\p{Lu}/u.test(word)) return true;
  if (cue.words?.includes(w)) return true;
  if (cue.classes?.some((c) => table.classes[c]?.includes(w))) return true;
  if (cue.number && /^\d/.test(w)) return true;
  if (cue.lemmas && (cue.lemmas.includes(w) || facts.lemmasOf(w).some((l) => cue.lemmas?.includes(l))))
    return true;
  if (
    cue.pos?.some((p) => facts.hasPartOfSpeech(w, p) === true) &&
    !cue.notPos?.some((p) => facts.hasPartOfSpeech(w, p) === true)
  )
    return true;
  const inflected = cue.inflected;
  if (inflected && !inflected.notPos?.some((p) => facts.hasPartOfSpeech(w, p) === true)) {
    const ofPos = (lemma: string) => lemma !== w && facts.hasPartOfSpeech(lemma, inflected.pos) === true;
    if (inflected.irregular && (facts.formsOf(w) ?? []).some(ofPos)) return true;
    if (inflected.endings.some((e) => w.endsWith(e)) && facts.lemmasOf(w).some(ofPos)) return true;
  }
  return false;
}

function skippable(word: string, rule: SenseRule, table: SenseTable, facts: WordFacts): boolean {
  if (matches(table.skip, word, table, facts) || (rule.skip && matches(rule.skip, word, table, facts)))
    return true;
  const w = word.toLowerCase();
  return (
    (table.skip.adverbEndings ?? []).some((e) => w.length > e.length + 2 && w.endsWith(e)) &&
    !ALL_POS.some((p) => facts.hasPartOfSpeech(w, p) === true)
  );
}

/** Whether the nearest word in `words` (nearest first) that is not skipped matches the cue. */
function holds(
  cue: Cue,
  words: readonly string[],
  rule: SenseRule,
  table: SenseTable,
  facts: WordFacts,
): boolean {
  for (const w of words) {
    if (matches(cue, w, table, facts)) return true;
    if (!skippable(w, rule, table, facts)) return false;
  }
  return matches(cue, undefined, table, facts);
}

/** The rule that holds for `word` between `before` and `after` (reading order), if any. */
export function senseRule(
  table: SenseTable,
  word: string,
  before: readonly string[],
  after: readonly string[],
  facts: WordFacts,
): SenseRule | undefined {
  const w = word.toLowerCase().replaceAll('’', "'");
  const back = [...before].reverse();
  return table.rules.find(
    (rule) =>
      (rule.words?.includes(w) ?? (rule.word !== undefined && matches(rule.word, w, table, facts))) &&
      (!rule.before || holds(rule.before, back, rule, table, facts)) &&
      (!rule.after || holds(rule.after, after, rule, table, facts)),
  );
}

/**
 * A word's glosses as the rule orders them: its own glosses first, or the lemma's (`lemmaGlosses`),
 * then the rest, each once; as they were without a rule.
 */
export function ruleGlosses(
  rule: SenseRule | undefined,
  glosses: readonly string[],
  lemmaGlosses: readonly string[] = [],
): readonly string[] {
  if (!rule) return glosses;
  const first = rule.lemmaFirst ? lemmaGlosses.slice(0, 2) : (rule.glosses ?? []);
  return [...new Set([...first, ...glosses])];
}

/** The glosses with the holding rule's first, or as they were. */
export function glossesInContext(
  table: SenseTable,
  word: string,
  before: readonly string[],
  after: readonly string[],
  glosses: readonly string[],
  facts: WordFacts,
  lemmaGlosses: readonly string[] = [],
): readonly string[] {
  return ruleGlosses(senseRule(table, word, before, after, facts), glosses, lemmaGlosses);
}

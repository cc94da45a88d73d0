// Context senses (src/core/lexicon/context.ts) with English's table for Indonesian readers
// (src/core/languages/en/senses-id.ts): every rule's example sentences get its gloss first, its
// counter-examples do not; the sentences go through the card's own context (wordAround) and lookup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_IN_INDONESIAN } from '../../src/core/languages/en/senses-id';
import { glossesInContext, type SenseTable, senseRule, type WordFacts } from '../../src/core/lexicon/context';
import { englishLemmas } from '../../src/core/lexicon/english';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { lookupWord } from '../../src/core/lexicon/lookup';
import { wordAround } from '../../src/core/word-around';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const enId = createLexicon(
  read('assets/lexicon/en-id.json'),
  undefined,
  read('assets/lexicon/en-forms.json'),
);

/** The card's query for the [bracketed] word of a sentence. */
function query(sentence: string) {
  const at = sentence.indexOf('[');
  const text = sentence.replace('[', '').replace(']', '');
  const around = wordAround(text, at, 'en');
  if (!around) throw new Error(`no word at [ in ${sentence}`);
  return { word: around.word, before: around.before, after: around.after };
}

/** What a rule puts first in a sentence: its gloss, or the lemma's first. */
function firstOf(rule: (typeof ENGLISH_IN_INDONESIAN.rules)[number], sentence: string): string | undefined {
  if (!rule.lemmaFirst) return rule.glosses?.[0];
  const root = lookupWord(query(sentence), enId)?.root;
  return root ? enId.glosses(root)?.[0] : undefined;
}

const cases = ENGLISH_IN_INDONESIAN.rules.flatMap((rule) => [
  ...rule.examples.map((s) => [s, firstOf(rule, s), true] as const),
  ...(rule.counterExamples ?? []).map((s) => [s, firstOf(rule, s), false] as const),
]);

describe('English senses in context, for an Indonesian reader', () => {
  it.each(cases)('%j: first gloss %j is %s', (sentence, gloss, expected) => {
    const found = lookupWord(query(sentence), enId);
    expect(found, sentence).not.toBeNull();
    expect(found?.glosses[0] === gloss, `${sentence} → ${found?.glosses.join('; ')}`).toBe(expected);
  });

  it('keeps the entry’s order where no rule holds, and puts the rule’s glosses first once each', () => {
    expect(lookupWord(query('She went [to] school early'), enId)?.glosses[0]).toBe('ke');
    const has = lookupWord(query('The government [has] announced a plan'), enId)?.glosses ?? [];
    expect(has.slice(0, 2)).toEqual(['telah', 'sudah']);
    expect(new Set(has).size).toBe(has.length);
  });
});

describe('the context engine, on a table of its own', () => {
  // A made-up language pair: the engine reads only the table and the facts.
  const table: SenseTable = {
    classes: { article: ['la', 'le'] },
    skip: { words: ['ne'], adverbEndings: ['ment'] },
    rules: [
      { words: ['x'], after: { classes: ['article'] }, glosses: ['A'], examples: [] },
      { words: ['x'], before: { none: true }, glosses: ['B'], examples: [] },
      { words: ['x'], after: { inflected: { pos: 'verb', endings: ['ait'] } }, glosses: ['C'], examples: [] },
      { words: ['y'], after: { capital: true, unless: { words: ['paris'] } }, glosses: ['E'], examples: [] },
    ],
  };
  const facts: WordFacts = {
    hasPartOfSpeech: (w, pos) => (pos === 'verb' ? w === 'parler' : false),
    formsOf: (w) => (w === 'fut' ? ['etre'] : undefined),
    lemmasOf: (w) => (w.endsWith('ait') ? [`${w.slice(0, -3)}er`] : []),
  };
  it('matches classes, looks past skipped words and adverbs, and knows clause starts', () => {
    expect(senseRule(table, 'x', ['y'], ['ne', 'vraiment', 'la'], facts)?.glosses).toEqual(['A']);
    expect(senseRule(table, 'x', [], ['z'], facts)?.glosses).toEqual(['B']);
    expect(senseRule(table, 'x', ['y'], ['parlait'], facts)?.glosses).toEqual(['C']);
    expect(senseRule(table, 'x', ['y'], ['chantait'], facts)).toBeUndefined();
    expect(glossesInContext(table, 'x', ['y'], ['z'], ['D', 'A'], facts)).toEqual(['D', 'A']);
    expect(glossesInContext(table, 'x', ['y'], ['le'], ['D', 'A'], facts)).toEqual(['A', 'D']);
  });
  it('tells a word written with a capital (a name), and its exceptions in any case', () => {
    expect(senseRule(table, 'y', [], ['Lyon'], facts)?.glosses).toEqual(['E']);
    expect(senseRule(table, 'y', [], ['lyon'], facts)).toBeUndefined();
    expect(senseRule(table, 'y', [], ['Paris'], facts)).toBeUndefined();
  });
});

describe('English lemmas of function words and of words that are lemmas', () => {
  const pos = (w: string, p: 'noun' | 'verb' | 'adj') => enId.hasPartOfSpeech(w, p);
  it.each([
    ['only', 'on'],
    ['his', 'hi'],
    ['after', 'aft'],
    ['number', 'numb'],
  ])('%s is not taken to %s', (word, wrong) => {
    expect(englishLemmas(word, enId.formsOf, pos)).not.toContain(wrong);
    expect(lookupWord({ word, before: [], after: [] }, enId)?.root ?? null).not.toBe(wrong);
  });
  it.each([
    ['does', 'do'],
    ['bigger', 'big'],
    ['quickly', 'quick'],
  ])('%s still has the lemma %s', (word, lemma) => {
    expect(englishLemmas(word, enId.formsOf, pos)).toContain(lemma);
  });
});

// The last pass over English → Indonesian translations (scripts/lexicon/merge-wordnet.ts): a
// "translation" that only repeats the word, or a name with it, goes last, and a word translated only
// so gives way to its lemma's entry; the closed class is written whole in the hand corrections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishEnIdGlosses, untranslated } from '../../scripts/lexicon/merge-wordnet';
import { CLOSED_CLASSES } from '../../src/core/languages/en/closed-class';

const noRoot = () => false;

describe('English → Indonesian translations that only repeat the word', () => {
  it('takes a name with the word among its words for no translation', () => {
    expect(untranslated('chambers', 'sir william chambers', [], noRoot)).toBe(true);
    expect(untranslated('chambers', 'kamar', [], noRoot)).toBe(false);
    // An expression's words may be in its translation; a root word of Indonesian is a word there.
    expect(untranslated('the street', 'jalan street', [], noRoot)).toBe(false);
    expect(untranslated('film', 'film dokumenter', [], (w) => w === 'film')).toBe(false);
  });
  it('puts them last, and drops a word with nothing else when its lemma is an entry', () => {
    expect(finishEnIdGlosses('adams', ['john adams', 'tunas'], [], noRoot)).toEqual(['tunas', 'john adams']);
    expect(finishEnIdGlosses('chambers', ['william chambers', 'chambers'], [], noRoot, true)).toEqual([]);
    expect(finishEnIdGlosses('chambers', ['william chambers'], [], noRoot, false)).toEqual([
      'william chambers',
    ]);
  });
  it('has every English determiner written by hand', () => {
    const corrections = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', '..', 'assets/lexicon/src/en-id-corrections.json'),
        'utf8',
      ),
    ) as { replace: Record<string, string[]> };
    const missing = CLOSED_CLASSES.determiner.filter((w) => !(w in corrections.replace));
    expect(missing).toEqual([]);
  });
});

// English (src/core/languages/en): its facts, as the code that reads them sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AD_MARKER_LINE, BYLINE_LINE, LABEL_CLASS, NOISE_CLASS } from '../../../src/core/boilerplate';
import { nameClitics } from '../../../src/core/languages/descriptor';
import { languageDescriptor } from '../../../src/core/languages/registry';
import { englishLemmas } from '../../../src/core/lexicon/english';
import { isRelatedLinkLine } from '../../../src/core/related-links';
import { splitSentences } from '../../../src/core/summary/sentences';
import { readingMinutes } from '../../../src/core/text';

const root = join(import.meta.dirname, '..', '..', '..');
const en = languageDescriptor('en');
if (!en) throw new Error('English is not registered');

describe('English', () => {
  it.each([
    ['Read more: Ceasefire holds in the south', 29, true],
    ['See also: The talks in Doha', 15, true],
    ['RELATED: Minister resigns', 16, true],
    ['WATCH: Floods in the capital', 21, true],
    ['Read the full report, the minister said, before deciding anything about the budget.', 0, false],
  ])('related-link line %j (link text %i): %s', (text, linkChars, expected) => {
    expect(isRelatedLinkLine(text, linkChars)).toBe(expected);
  });

  it.each([
    ['Advertisement', AD_MARKER_LINE, true],
    ['Scroll to continue with content', AD_MARKER_LINE, true],
    ['Continue reading below…', AD_MARKER_LINE, true],
    ['Advertisements are banned on the channel', AD_MARKER_LINE, false],
    ['By Jane Doe', BYLINE_LINE, true],
    ['Written by: Jane Doe', BYLINE_LINE, true],
    ['Bystanders fled the square', BYLINE_LINE, false],
    ['share-box', NOISE_CLASS, true],
    ['ad', NOISE_CLASS, true],
    ['advertising-slot', NOISE_CLASS, true],
    ['post-tags', NOISE_CLASS, true],
    ['author-bio', NOISE_CLASS, true],
    ['shared-content', NOISE_CLASS, false],
    ['byline', LABEL_CLASS, true],
    ['photo-credits', LABEL_CLASS, true],
    ['ad-label', LABEL_CLASS, true],
    ['metadata', LABEL_CLASS, false],
  ])('cleaning: %j against %s is %s', (text, regex, expected) => {
    expect(regex.test(text)).toBe(expected);
  });

  it('reads at 200 words a minute, the figure for languages with none of their own', () => {
    expect(en.readingWordsPerMinute).toBe(200);
    expect(readingMinutes(2000, 'en')).toBe(10);
    expect(readingMinutes(2000, 'fr')).toBe(10);
  });

  it.each([
    ['troops', 'troop'],
    ['carried', 'carry'],
    ['running', 'run'],
    ["minister's", 'minister'],
  ])('lemmatises %s to %s (rules in languages/en/lemma-rules.ts)', (word, lemma) => {
    expect(englishLemmas(word)).toContain(lemma);
  });

  it.each([
    ['went', 'go'],
    ['children', 'child'],
    ["children's", 'child'],
    ['mice', 'mouse'],
  ])('lemmatises %s to %s from WordNet’s exception lists (assets/lexicon/en-forms.json)', (word, lemma) => {
    const forms = JSON.parse(readFileSync(join(root, 'assets', 'lexicon', 'en-forms.json'), 'utf8')).forms;
    expect(englishLemmas(word, (f) => forms[f])).toContain(lemma);
  });

  it('has no clitics after names', () => {
    expect(nameClitics(en)).toEqual([]);
    const data = JSON.parse(readFileSync(join(root, 'assets', 'languages', 'en.json'), 'utf8'));
    expect(data.clitics).toEqual([]);
  });

  it('does not end a sentence after its abbreviations', () => {
    const texts = (t: string) => splitSentences(t, 'en').map((s) => s.text);
    expect(texts('Mr. Smith met Gen. Jones vs. the rest. Then they left.')).toEqual([
      'Mr. Smith met Gen. Jones vs. the rest.',
      'Then they left.',
    ]);
  });
});

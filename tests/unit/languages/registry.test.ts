// The convention every language folder keeps: registered once under its own code, complete, its
// words recognised by the code that reads them, and its generated language data up to date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { languageDataText, termWordsOf } from '../../../scripts/lib/language-data';
import { AD_MARKER_LINE, BYLINE_LINE, LABEL_CLASS, NOISE_CLASS } from '../../../src/core/boilerplate';
import { languageDataSchema } from '../../../src/core/glossary/language-data';
import { LANGUAGE_CODE } from '../../../src/core/language';
import type { LanguageDescriptor, WordPattern } from '../../../src/core/languages/descriptor';
import { descriptors, languageDescriptor } from '../../../src/core/languages/registry';
import { isRelatedLinkLine } from '../../../src/core/related-links';

const root = join(import.meta.dirname, '..', '..', '..');
const languagesDir = join(root, 'src', 'core', 'languages');
const dataDir = join(root, 'assets', 'languages');
const folders = readdirSync(languagesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const lowerCase = (w: string) => w === w.toLowerCase() && w.trim() === w && w.length > 0;
const strings = (patterns: readonly WordPattern[]) => patterns.filter((p) => typeof p === 'string');
const regExps = (patterns: readonly WordPattern[]) => patterns.filter((p) => p instanceof RegExp);

describe('the language registry', () => {
  it('lists every folder of src/core/languages once, under the folder name, with an index.ts', () => {
    expect(descriptors.map((d) => d.code).sort()).toEqual(folders);
    for (const code of folders) {
      expect(existsSync(join(languagesDir, code, 'index.ts')), code).toBe(true);
      expect(languageDescriptor(code)?.code).toBe(code);
    }
    expect(languageDescriptor('xx')).toBeUndefined();
  });

  it('has a descriptor with termData for every generated file in assets/languages, and no other', () => {
    const files = readdirSync(dataDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const declared = descriptors.flatMap((d) => (d.termData ? [`${d.code}.json`] : [])).sort();
    expect(files).toEqual(declared);
  });

  it('marks the generated files as generated', () => {
    const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
    expect(readme).toMatch(/generated/i);
    expect(readme).toContain('scripts/glossary/make-language-data.ts');
  });
});

describe.each(descriptors.map((d) => [d.code, d] as [string, LanguageDescriptor]))(
  'language %s',
  (code, d) => {
    it('has a language code, an English name and a reading speed', () => {
      expect(code).toMatch(LANGUAGE_CODE);
      expect(d.name).toMatch(/^\p{Lu}\p{L}+$/u);
      expect(Number.isInteger(d.readingWordsPerMinute)).toBe(true);
      expect(d.readingWordsPerMinute).toBeGreaterThanOrEqual(100);
      expect(d.readingWordsPerMinute).toBeLessThanOrEqual(400);
      if (d.macrolanguage !== undefined) expect(d.macrolanguage).toMatch(LANGUAGE_CODE);
    });

    it('lists its clitics as lower-case letters, each once', () => {
      const forms = [...d.clitics.proclitics, ...d.clitics.enclitics.map((c) => c.form)];
      for (const f of forms) expect(f, f).toMatch(/^\p{Ll}+$/u);
      expect(new Set(d.clitics.proclitics).size).toBe(d.clitics.proclitics.length);
      const enclitics = d.clitics.enclitics.map((c) => c.form);
      expect(new Set(enclitics).size).toBe(enclitics.length);
      // A word ends in at most one of them: none is the end of another (so their order is free).
      for (const a of enclitics)
        for (const b of enclitics) if (a !== b) expect(a.endsWith(b), `${a}/${b}`).toBe(false);
    });

    it('tells itself from a registered sibling that names it back, by words of its own', () => {
      if (!d.distinctFrom) return;
      const sibling = languageDescriptor(d.distinctFrom.language);
      expect(sibling?.distinctFrom?.language).toBe(code);
      expect(d.macrolanguage).toBeDefined();
      expect(sibling?.macrolanguage).toBe(d.macrolanguage);
      const theirs = new Set(sibling?.distinctFrom?.words);
      for (const w of d.distinctFrom.words) {
        expect(lowerCase(w), w).toBe(true);
        expect(theirs.has(w), w).toBe(false);
      }
    });

    it('has cleaning words in lower case, each recognised by the cleaner', () => {
      const c = d.cleaning;
      for (const lead of c.relatedLinkLeads) {
        expect(lowerCase(lead), lead).toBe(true);
        // The lead pattern ends at a word boundary: a lead ending in punctuation ("more:") is taken
        // only with the link text right after it.
        const line = `${lead}${/\p{L}$/u.test(lead) ? ' ' : ''}Judul berita`;
        expect(isRelatedLinkLine(line, 'Judul berita'.length), line).toBe(true);
        expect(isRelatedLinkLine(line.toUpperCase(), 'Judul berita'.length), line).toBe(true);
      }
      for (const line of c.adMarkerLines) {
        expect(lowerCase(line), line).toBe(true);
        expect(AD_MARKER_LINE.test(line), line).toBe(true);
        expect(AD_MARKER_LINE.test(`${line.toUpperCase()}...`), line).toBe(true);
      }
      for (const lead of c.bylineLeads) {
        expect(lowerCase(lead), lead).toBe(true);
        expect(BYLINE_LINE.test(`${lead}: Andi Saputra`), lead).toBe(true);
      }
      for (const [list, regex] of [
        [c.noiseClassWords, NOISE_CLASS],
        [c.labelClassWords, LABEL_CLASS],
      ] as const) {
        for (const w of strings(list)) {
          expect(lowerCase(w), w).toBe(true);
          expect(regex.test(`box ${w}`), w).toBe(true);
          // Whole class tokens (src/core/boilerplate.ts): the word last, or before a container
          // part; never before a part that makes it a qualifier of something else.
          expect(regex.test(`box-${w.toUpperCase()}_wrapper`), w).toBe(true);
          expect(regex.test(`box-${w}-hidden`), w).toBe(false);
        }
        // Only a pattern's source is used: flags would be lost.
        for (const p of regExps(list)) expect(p.flags, p.source).toBe('');
      }
    });

    it(
      d.termData ? 'has its language data generated and up to date' : 'has no language data file',
      async () => {
        const data = d.termData;
        if (!data) {
          expect(existsSync(join(dataDir, `${code}.json`))).toBe(false);
          expect(existsSync(join(languagesDir, code, 'term-words.ts'))).toBe(false);
          return;
        }
        expect(data.file).toBe(`languages/${code}.json`);
        const text = readFileSync(join(root, 'assets', data.file), 'utf8');
        // Byte for byte what scripts/glossary/make-language-data.ts writes today.
        expect(text).toBe(await languageDataText(d));
        const parsed = v.safeParse(languageDataSchema, JSON.parse(text));
        expect(parsed.success).toBe(true);
        const words = await termWordsOf(d);
        for (const w of [...words.titles, ...words.calendar, ...words.connectors, ...words.extraCommonWords])
          expect(w.trim(), w).toBe(w);
      },
    );
  },
);

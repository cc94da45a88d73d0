import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageSets } from '../../src/core/glossary/language-data';
import { keyTerms } from '../../src/core/summary/key-terms';
import { rouge1, rougeL } from '../../src/core/summary/rouge';
import { summarize } from '../../src/core/summary/summarize';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const sets = (lang: string) => languageSets([JSON.parse(read(`assets/languages/${lang}.json`))], lang);
const options = (lang: string) => ({ stopwords: sets(lang).common, clitics: sets(lang).clitics });

describe('extractive summary', () => {
  const slugs = readdirSync(join(root, 'tests/fixtures/summaries'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''));

  it.each(slugs)('%s: 3 to 5 sentences of the article body, in its order, none from around it', (slug) => {
    const gold = JSON.parse(read(`tests/fixtures/pages/${slug}/expected.json`)) as {
      title: string;
      lang: string;
      blocks: { kind: string; text: string }[];
    };
    const summary = summarize(gold.title, gold.blocks, gold.lang, options(gold.lang));
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    const prose = gold.blocks.filter(
      (b) => b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'quote',
    );
    for (const s of summary) {
      // From the article's own prose: its blocks are the page minus navigation, comments,
      // related links and captions (the fixture's gold).
      expect(gold.blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
      expect(prose.some((b) => b.text.includes(s.text))).toBe(true);
      expect(s.text).not.toMatch(/^(READ|Baca juga|Related)\b/i);
    }
    const order = summary.map((s) => s.block * 1e6 + s.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The hand-written reference shares a fair part of its wording.
    const reference = read(`tests/fixtures/summaries/${slug}.txt`);
    expect(rouge1(summary.map((s) => s.text).join(' '), reference).f).toBeGreaterThan(0.25);
  });

  it('keeps numbers, abbreviations and quotations whole in Indonesian sentences', () => {
    const blocks = [
      {
        kind: 'paragraph',
        text: 'Koalisi memiliki kekuatan reaksi cepat 20.000 personel militer. PBB mengakui 3.600 pasukan penjaga perdamaian dunia. Menurut Dr. Budi Santoso, kasus demam berdarah meningkat tajam. “Kami siap. Pasukan kami bergerak ke perbatasan,” kata komandan brigade itu.',
      },
    ];
    const summary = summarize('Koalisi militer', blocks, 'id', { ...options('id'), min: 4, max: 4 });
    expect(summary.map((s) => s.text)).toEqual([
      'Koalisi memiliki kekuatan reaksi cepat 20.000 personel militer.',
      'PBB mengakui 3.600 pasukan penjaga perdamaian dunia.',
      'Menurut Dr. Budi Santoso, kasus demam berdarah meningkat tajam.',
      '“Kami siap. Pasukan kami bergerak ke perbatasan,” kata komandan brigade itu.',
    ]);
  });

  it('gives a short, bounded summary of one 200,000-character paragraph without punctuation, quickly', () => {
    const words = ['pasukan', 'militer', 'koalisi', 'negara', 'perjanjian', 'keamanan', 'rusia', 'aliansi'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `${words[i % words.length]}${i % 7} `;
    const started = performance.now();
    const summary = summarize('Aliansi militer', [{ kind: 'paragraph', text }], 'id', options('id'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(5);
    for (const s of summary) expect(s.text.length).toBeLessThanOrEqual(400);
  });

  it('reads only prose: headings, captions and code are never in the summary', () => {
    const summary = summarize(
      'Judul',
      [
        { kind: 'heading', text: 'Pasukan militer koalisi tiba di ibu kota negara.' },
        { kind: 'caption', text: 'Pasukan militer koalisi tiba di ibu kota negara (Foto).' },
        { kind: 'paragraph', text: 'Pasukan koalisi militer tiba di ibu kota pada pagi hari.' },
      ],
      'id',
      options('id'),
    );
    expect(summary.map((s) => s.block)).toEqual([2]);
  });
});

describe('ROUGE', () => {
  it('scores unigram overlap and the longest common subsequence', () => {
    expect(rouge1('the cat sat', 'the cat sat').f).toBe(1);
    expect(rouge1('a b', 'c d').f).toBe(0);
    const l = rougeL('a b c d', 'a c d e');
    expect(l.precision).toBeCloseTo(3 / 4);
    expect(l.recall).toBeCloseTo(3 / 4);
    expect(rouge1('the the the', 'the cat').precision).toBeCloseTo(1 / 3);
  });
});

describe('key terms', () => {
  it('ranks by use, counting the opening blocks more, then by first use; names only', () => {
    const found = [
      { block: 0, start: 0, entryId: 'csto' },
      { block: 5, start: 0, entryId: 'nato' },
      { block: 6, start: 0, entryId: 'nato' },
      { block: 7, start: 0, entryId: null },
      { block: 8, start: 0, entryId: 'nato' },
      { block: 9, start: 0, entryId: 'pbb' },
    ];
    expect(keyTerms(found)).toEqual([
      { entryId: 'nato', count: 3, first: 1 },
      { entryId: 'csto', count: 1, first: 0 },
      { entryId: 'pbb', count: 1, first: 5 },
    ]);
    expect(keyTerms(found, 1)).toHaveLength(1);
  });
});

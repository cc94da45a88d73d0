// The bundled pack and the engine together, on the sample article's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGlossaryStore } from '../../src/background/glossary-store';
import { annotateBlocks, annotateText, SLICE_CHARS } from '../../src/core/glossary/annotate';
import { type LanguageDataFile, languageSets } from '../../src/core/glossary/language-data';
import { matchTerms } from '../../src/core/glossary/match-terms';
import { buildTermIndex } from '../../src/core/glossary/term-index';
import { loadPack, scoreTerms } from '../../tools/score/term-score';

const root = join(import.meta.dirname, '..', '..');
const pack = loadPack(root);
const lang = (code: string) =>
  JSON.parse(readFileSync(join(root, 'assets', 'languages', `${code}.json`), 'utf8')) as LanguageDataFile;
const sets = languageSets([lang('id'), lang('en')], 'id');
const index = buildTermIndex(pack, sets.clitics);
const sample = readFileSync(join(root, 'tests', 'fixtures', 'text', 'article-id.txt'), 'utf8');
const found = (text: string) => matchTerms(index, text).map((m) => text.slice(m.start, m.end));
const entryOf = (text: string, surface: string) =>
  matchTerms(index, text).find((m) => text.slice(m.start, m.end) === surface)?.entryId;

describe('the bundled Indonesian–English news pack', () => {
  it('is large enough and covers both languages', () => {
    expect(pack.entries.length).toBeGreaterThanOrEqual(1500);
    expect(pack.languages).toEqual(['id', 'en']);
    expect(pack.entries.filter((e) => e.tags?.includes('indonesia')).length).toBeGreaterThanOrEqual(300);
  });

  it('finds every term the sample article needs explained', () => {
    const terms = found(sample);
    for (const t of [
      'CSTO',
      'Organisasi Perjanjian Keamanan Kolektif',
      'Kassym Shumart Tokayev',
      'Nagorno-Karabakh',
      'NATO',
      'PBB',
      'Pakta Warsawa',
      'Perang Dingin',
      'Kaukasus',
      'Kazakstan',
      'Kazakhstan',
      'Kirgistan',
      'Belarusia',
      'Polandia',
      'Afganistan',
      'Moskow',
    ]) {
      expect(terms, t).toContain(t);
    }
    expect(entryOf(sample, 'Kazakstan')).toBe(entryOf(sample, 'Kazakhstan'));
    expect(entryOf(sample, 'CSTO')).toBe(entryOf(sample, 'Organisasi Perjanjian Keamanan Kolektif'));
  });

  it('does not match AS inside KASUS, nor PBB inside a longer word', () => {
    expect(found('KASUS KORUPSI DI AS')).toEqual(['AS']);
    expect(found('PBBX dan XPBB dan PBB-nya')).toEqual(['PBB']);
  });

  it('does not take a common word at the start of a sentence for a name', () => {
    const text =
      'Tetapi sementara itu, pasukan tiba. Jadi koalisi mengerahkan tentara. Saat itu, Armenia kalah.';
    const out: string[] = [];
    annotateText(index, sets, text, true, (s, e) => out.push(text.slice(s, e)));
    expect(out).toEqual(['Armenia']);
  });

  it('finds the same entries in English text through English labels', () => {
    const en =
      'The Collective Security Treaty Organization (CSTO) sent troops to Kazakhstan; NATO and the United Nations watched from Moscow and Washington, while Nagorno-Karabakh stayed quiet.';
    const id =
      'Organisasi Perjanjian Keamanan Kolektif (CSTO) mengirim pasukan ke Kazakhstan; NATO dan PBB memantau dari Moskow dan Washington, sementara Nagorno-Karabakh tenang.';
    const entries = (text: string) => new Set(matchTerms(index, text).map((m) => m.entryId));
    expect(entries(en)).toEqual(entries(id));
    expect(entries(en).size).toBeGreaterThanOrEqual(7);
  });

  it('meets the goal on the hand-made gold annotations: precision and recall ≥ 0.95', () => {
    const rows = scoreTerms(root, pack);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.lang === 'en')).toBe(true);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
    expect(sum((r) => r.correct) / sum((r) => r.found)).toBeGreaterThanOrEqual(0.95);
    expect(sum((r) => r.correct) / sum((r) => r.gold)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('annotating megabytes', () => {
  it('processes a 3 MB block in slices, yielding between them, without cutting a name', async () => {
    const block = `${sample}\n`.repeat(Math.ceil(3_000_000 / sample.length));
    let yields = 0;
    const out = await annotateBlocks(index, sets, [block], {
      unknown: false,
      yieldNow: async () => {
        yields++;
      },
    });
    // Slices end at sentence ends, so they are a little shorter than SLICE_CHARS: at least one
    // yield per two slices.
    expect(yields).toBeGreaterThanOrEqual(3_000_000 / (2 * SLICE_CHARS));
    const perCopy = matchTerms(index, `${sample}\n`).length;
    expect(out.length).toBe(perCopy * Math.ceil(3_000_000 / sample.length));
    for (const a of out.slice(0, 2000)) expect(block.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('importing a pack', () => {
  const bundled = JSON.parse(
    readFileSync(join(root, 'assets', 'glossaries', 'id-en-news.json'), 'utf8'),
  ) as unknown;
  const store = () => {
    let imported: unknown[] = [];
    return createGlossaryStore({
      readBundled: async (path) => (path.startsWith('languages/') ? lang(path.slice(10, 12)) : bundled),
      readImported: async () => imported,
      writeImported: async (packs) => {
        imported = packs;
      },
    });
  };

  it('refuses an invalid pack with the paths of its first errors and keeps the packs in use', async () => {
    const s = store();
    const before = (await s.forLanguage('id')).index.labelCount;
    const result = await s.importPack({
      format: 'lentera-glossary',
      version: 1,
      id: 'x',
      languages: ['id', 'en'],
      name: {},
      updated: 'yesterday',
      entries: [{ id: 'a' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['updated', 'entries.0.kind']));
    expect((await s.forLanguage('id')).index.labelCount).toBe(before);
  });

  it('adds a valid pack, whose terms are then found', async () => {
    const s = store();
    const result = await s.importPack({
      format: 'lentera-glossary',
      version: 1,
      id: 'local',
      languages: ['id', 'en'],
      name: { en: 'Local' },
      updated: '2026-11-25',
      entries: [
        {
          id: 'org-kabar-dunia',
          kind: 'organisation',
          labels: { id: { name: 'Kabar Dunia' }, en: { name: 'Kabar Dunia' } },
          gloss: { id: 'Situs berita contoh.', en: 'A sample news site.' },
        },
      ],
    });
    expect(result).toEqual({ ok: true, id: 'local', entries: 1 });
    const { index: merged } = await s.forLanguage('id');
    expect(matchTerms(merged, 'Menurut Kabar Dunia, CSTO').map((m) => m.entryId)).toEqual([
      'org-kabar-dunia',
      entryOf(sample, 'CSTO'),
    ]);
  });
});

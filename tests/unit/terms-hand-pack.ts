// Small hand packs for the matcher's unit tests (issue 12): an entry is its labels per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../../src/core/glossary/annotate';
import { type LanguageDataFile, languageSets } from '../../src/core/glossary/language-data';
import { matchTerms } from '../../src/core/glossary/match-terms';
import type { GlossaryEntry, GlossaryPack } from '../../src/core/glossary/pack-schema';
import { buildTermIndex, type TermIndex } from '../../src/core/glossary/term-index';

const root = join(import.meta.dirname, '..', '..');
export const languageFile = (code: string) =>
  JSON.parse(readFileSync(join(root, 'assets', 'languages', `${code}.json`), 'utf8')) as LanguageDataFile;

type Labels = { name: string; aliases?: string[]; acronyms?: string[] };

/** An entry with labels in the languages given (`{ id: {...}, en: {...} }`). */
export function entry(id: string, labels: Record<string, Labels>): GlossaryEntry {
  const out: GlossaryEntry['labels'] = {};
  for (const [lang, l] of Object.entries(labels))
    out[lang] = { name: l.name, aliases: l.aliases ?? [], acronyms: l.acronyms ?? [] };
  return {
    id,
    kind: 'organisation',
    labels: out,
    gloss: Object.fromEntries(Object.keys(labels).map((l) => [l, 'x'])),
  };
}

/** The same labels in Indonesian and English. */
export const both = (id: string, l: Labels) => entry(id, { id: l, en: l });

export function handPack(entries: GlossaryEntry[]): GlossaryPack {
  return {
    format: 'lentera-glossary',
    version: 1,
    id: 'hand',
    languages: ['id', 'en'],
    name: { en: 'hand' },
    updated: '2026-12-01',
    sources: [],
    entries,
  };
}

export interface Harness {
  index: TermIndex;
  /** Glossary matches alone, as [surface, entry id]. */
  terms: (text: string) => [string, string][];
  /** Terms and unknown-name candidates (entry id null) for a page in `pageLang`. */
  annotate: (text: string, pageLang?: string) => [string, string | null][];
}

export function harness(entries: GlossaryEntry[]): Harness {
  const files = [languageFile('id'), languageFile('en')];
  const index = buildTermIndex(handPack(entries), ['nya', 'lah']);
  return {
    index,
    terms: (text) => matchTerms(index, text).map((m) => [text.slice(m.start, m.end), m.entryId]),
    annotate: (text, pageLang = 'id') => {
      const sets = languageSets(files, pageLang);
      const out: [string, string | null][] = [];
      annotateText(index, sets, text, true, (s, e, id) => out.push([text.slice(s, e), id]));
      return out;
    },
  };
}

// The glossary packs and language data in use, and the term index per page language, built on
// first use and kept for the worker's life. A restarted worker rebuilds it: with the open-data packs
// this is over the 100 ms budget (see assets/glossaries/README.md).
import * as v from 'valibot';
import {
  type LanguageDataFile,
  type LanguageSets,
  languageDataSchema,
  languageSets,
} from '../core/glossary/language-data';
import { type GlossaryPack, type PackError, validatePack } from '../core/glossary/pack-schema';
import { buildTermIndex, type TermIndex } from '../core/glossary/term-index';
import { GIVEN_NAMES_FILE, givenNameSet } from '../core/names/given-names';

export const BUNDLED_PACK = 'glossaries/id-en-news.json';
/**
 * Further bundled packs, generated from open data (scripts/glossary/make-open-data.ts): loaded
 * after the news pack; one that cannot be read or does not validate is skipped with a warning.
 */
export const BUNDLED_EXTRA_PACKS = [
  'glossaries/id-en-places-world.json',
  'glossaries/id-en-places-indonesia.json',
];

export interface GlossarySources {
  /** Reads a file shipped with the extension, parsed. */
  readBundled(path: string): Promise<unknown>;
  /** Packs the reader imported (already validated when imported, validated again on load). */
  readImported(): Promise<unknown[]>;
  writeImported(packs: unknown[]): Promise<void>;
}

export interface Glossary {
  packs: GlossaryPack[];
  index: TermIndex;
  sets: LanguageSets;
  /** Given names, lower case (a cue that a name no pack knows is a person's); empty if unreadable. */
  givenNames: ReadonlySet<string>;
}

export function createGlossaryStore(sources: GlossarySources) {
  let packs: Promise<GlossaryPack[]> | null = null;
  const languageFiles = new Map<string, Promise<LanguageDataFile | null>>();
  const glossaries = new Map<string, Promise<Glossary>>();
  let givenNames: Promise<ReadonlySet<string>> | null = null;

  async function loadPacks(): Promise<GlossaryPack[]> {
    const bundled = validatePack(await sources.readBundled(BUNDLED_PACK));
    if (!bundled.ok) throw new Error(`the bundled glossary is invalid: ${describe(bundled.errors)}`);
    const out = [bundled.pack];
    for (const path of BUNDLED_EXTRA_PACKS) {
      const result = validatePack(await sources.readBundled(path).catch(() => null));
      if (!result.ok)
        console.warn(`[lentera] the bundled glossary ${path} is skipped: ${describe(result.errors)}`);
      else if (!out.some((p) => p.id === result.pack.id)) out.push(result.pack);
    }
    for (const raw of await sources.readImported()) {
      const result = validatePack(raw);
      if (result.ok) out.push(result.pack);
      else
        console.warn(
          `[lentera] an imported glossary no longer validates and is skipped: ${describe(result.errors)}`,
        );
    }
    return out;
  }

  function languageFile(lang: string): Promise<LanguageDataFile | null> {
    let file = languageFiles.get(lang);
    if (!file) {
      file = sources
        .readBundled(`languages/${lang}.json`)
        .then((raw) => {
          const parsed = v.safeParse(languageDataSchema, raw);
          return parsed.success ? parsed.output : null;
        })
        .catch(() => null);
      languageFiles.set(lang, file);
    }
    return file;
  }

  async function build(pageLang: string): Promise<Glossary> {
    packs ??= loadPacks();
    const all = await packs;
    const langs = [...new Set([pageLang, ...all.flatMap((p) => p.languages)])];
    const files = (await Promise.all(langs.map(languageFile))).filter(
      (f): f is LanguageDataFile => f !== null,
    );
    const sets = languageSets(files, pageLang);
    givenNames ??= sources
      .readBundled(GIVEN_NAMES_FILE)
      .then(givenNameSet)
      .catch(() => new Set<string>());
    const merged: GlossaryPack = { ...(all[0] as GlossaryPack), entries: all.flatMap((p) => p.entries) };
    return { packs: all, index: buildTermIndex(merged, sets.clitics), sets, givenNames: await givenNames };
  }

  return {
    /** The index and language data for pages in `pageLang` (built once per language). */
    forLanguage(pageLang: string): Promise<Glossary> {
      let glossary = glossaries.get(pageLang);
      if (!glossary) {
        glossary = build(pageLang);
        glossaries.set(pageLang, glossary);
        glossary.catch(() => glossaries.delete(pageLang));
      }
      return glossary;
    },
    /**
     * Adds a pack the reader chose. One that fails validation is refused with the paths and
     * reasons of its first errors, and the packs in use stay as they were.
     */
    async importPack(
      raw: unknown,
    ): Promise<{ ok: true; id: string; entries: number } | { ok: false; errors: PackError[] }> {
      const result = validatePack(raw);
      if (!result.ok) return result;
      const imported = (await sources.readImported()).filter(
        (p) => (p as { id?: unknown }).id !== result.pack.id,
      );
      await sources.writeImported([...imported, result.pack]);
      packs = null;
      glossaries.clear();
      return { ok: true, id: result.pack.id, entries: result.pack.entries.length };
    },
    /** The language data of `lang` alone (common words for the summary): no index is built. */
    async languageSets(lang: string): Promise<LanguageSets> {
      const file = await languageFile(lang);
      return languageSets(file ? [file] : [], lang);
    },
    async languages(): Promise<string[]> {
      packs ??= loadPacks();
      return [...new Set((await packs).flatMap((p) => p.languages))];
    },
  };
}

export type GlossaryStore = ReturnType<typeof createGlossaryStore>;

function describe(errors: PackError[]): string {
  return errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join('; ');
}

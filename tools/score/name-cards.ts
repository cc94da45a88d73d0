// The glossary as the extension builds it, read from assets/ in Node, and the "card providers" of
// the name score: what each annotation gives the reader (a pack card, or an in-article profile
// when src/core/names/profiles.ts exists).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGlossaryStore, type Glossary } from '../../src/background/glossary-store';
import type { Annotation } from '../../src/core/glossary/annotate';
import { createLexicon, type Lexicon } from '../../src/core/lexicon/lexicon';
import { hasContent } from '../../src/core/names/profiles';
import { type Card, kindType } from './name-score';

/**
 * The glossary for `pageLang` built by the extension's own store (validation, merging of packs,
 * language data, index): the packs the extension ships (the news pack and `BUNDLED_EXTRA_PACKS`),
 * read from assets/ as the background reads them, and the packs named in `imports` (paths) given
 * to the store as if the reader had imported them (one that fails validation is skipped with a
 * warning, as in the extension).
 */
export async function loadGlossary(
  root: string,
  pageLang: string,
  imports: string[] = [],
): Promise<Glossary> {
  const assets = join(root, 'assets');
  const imported = imports.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
  const store = createGlossaryStore({
    readBundled: async (path) => JSON.parse(readFileSync(join(assets, path), 'utf8')),
    readImported: async () => imported,
    writeImported: async () => {},
  });
  return store.forLanguage(pageLang);
}

/** The annotations as the reader gets them (a later step may change them) and the card of each. */
export type CardProvider = (
  blocks: readonly string[],
  annotations: Annotation[],
  lang: string,
) => Promise<{ annotations: Annotation[]; cards: (Card | null)[] }>;

/** Pack cards only: an annotation with an entry id has one. */
export function packCards(glossary: Glossary): CardProvider {
  return async (_blocks, annotations) => ({
    annotations,
    cards: annotations.map((a): Card | null => {
      if (!a.entryId) return null;
      const entry = glossary.index.entries.get(a.entryId);
      const kind = entry?.kind ?? null;
      return {
        source: 'pack',
        kind,
        type: kind ? kindType(kind, entry?.labels.en?.name ?? '') : null,
        entryId: a.entryId,
      };
    }),
  });
}

type ProfileFn = typeof import('../../src/core/names/profiles').profileNames;

/** profileNames from src/core/names/profiles.ts, or null when that module does not exist (yet). */
export async function findProfiles(root: string): Promise<{ fn: ProfileFn | null; why: string }> {
  const file = join(root, 'src', 'core', 'names', 'profiles.ts');
  try {
    const mod = (await import(pathToFileURL(file).href)) as { profileNames?: unknown };
    if (typeof mod.profileNames !== 'function')
      return { fn: null, why: 'src/core/names/profiles.ts has no profileNames' };
    return { fn: mod.profileNames as ProfileFn, why: 'src/core/names/profiles.ts' };
  } catch (e) {
    return { fn: null, why: `no profile step (${(e as Error).message.split('\n')[0]})` };
  }
}

/** What a profile shows beyond its first sentence and count: a role, a kind, or other forms. */

const PROFILE_TYPES = { person: 'PERSON', organisation: 'ORGANISATION', place: 'PLACE' } as const;

/**
 * Pack cards, after the profile step as the extension's annotate handler runs it (it may drop
 * role words taken for names, widen a span, and give a surname or acronym its pack entry), and a
 * profile card for an annotation whose profile has content. Tools as the background gives them:
 * the bundled lexicon of the pair (assets/lexicon), and the language's common words.
 */
export function profileCards(
  glossary: Glossary,
  profileNames: ProfileFn,
  options: { givenNames?: boolean } = {},
): CardProvider {
  const pack = packCards(glossary);
  return async (blocks, found, lang) => {
    const readerLang = lang === 'en' ? 'id' : 'en';
    const lexicon = lexiconFor(lang, readerLang);
    const { annotations, profiles } = profileNames(blocks, found, {
      gloss: (phrase) => lexicon?.glosses(phrase)?.[0] ?? null,
      isWord: (word) => (lexicon ? lexicon.glosses(word) !== undefined : glossary.sets.common.has(word)),
      isCommon: (word) => glossary.sets.common.has(word),
      entryKind: (entryId: string) => glossary.index.entries.get(entryId)?.kind ?? null,
      isGivenName: (word) => options.givenNames !== false && glossary.givenNames.has(word),
      pageLang: lang,
      readerLang,
    });
    const { cards } = await pack(blocks, annotations, lang);
    annotations.forEach((a, i) => {
      // A place acting in its sentence ("Washington said"): its card says it stands for the
      // government there, so it is read as an organisation.
      const card = cards[i];
      if (card && a.actsAs === 'government') cards[i] = { ...card, type: 'ORGANISATION' };
      const profile = a.profile ? profiles[a.profile] : undefined;
      if (cards[i] || !profile || !hasContent(profile)) return;
      cards[i] = {
        source: 'profile',
        kind: null,
        type: profile.kind ? PROFILE_TYPES[profile.kind] : null,
        entryId: null,
      };
    });
    return { annotations, cards };
  };
}

const lexicons = new Map<string, Lexicon | null>();

/** The bundled lexicon from `from` to `to` (with the root list), read once. */
function lexiconFor(from: string, to: string): Lexicon | null {
  const key = `${from}-${to}`;
  if (!lexicons.has(key)) {
    const dir = fileURLToPath(new URL('../../assets/lexicon/', import.meta.url));
    try {
      const file = JSON.parse(readFileSync(`${dir}${key}.json`, 'utf8'));
      const roots = existsSync(`${dir}${from}-roots.json`)
        ? JSON.parse(readFileSync(`${dir}${from}-roots.json`, 'utf8'))
        : undefined;
      lexicons.set(key, createLexicon(file, roots));
    } catch {
      lexicons.set(key, null);
    }
  }
  return lexicons.get(key) ?? null;
}

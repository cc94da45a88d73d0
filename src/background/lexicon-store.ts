// The word-lookup lexicons, loaded on first use and kept for the worker's life (a restarted worker
// loads them again: the "cold load" of the benchmark). Which pairs exist is data: a pair is
// `lexicon/<from>-<to>.json`, with `lexicon/<from>-roots.json` for a language with affixes and
// `lexicon/<from>-forms.json` for one with irregular or colloquial forms, and
// `lexicon/<from>-<to>-definitions.json` for short definitions and `lexicon/<from>-foreign.json`
// for words borrowed as they are (online in Indonesian), both loaded after the entries.
import { createLexicon, type Lexicon } from '../core/lexicon/lexicon';

export interface LexiconSources {
  readBundled(path: string): Promise<unknown>;
}

export function createLexiconStore(sources: LexiconSources) {
  const pairs = new Map<string, Promise<Lexicon | null>>();
  const index = sources.readBundled('lexicon/index.json').then(
    (raw) => {
      const pairs = (raw as { pairs?: unknown } | null)?.pairs;
      return Array.isArray(pairs) ? pairs.filter((p): p is string => typeof p === 'string') : [];
    },
    () => [] as string[],
  );
  return {
    /** Any lexicon from `from` (for its root list, when colouring saved words). */
    async any(from: string): Promise<Lexicon | null> {
      const pair = (await index).find((p) => p.startsWith(`${from}-`));
      return pair ? this.get(from, pair.slice(from.length + 1)) : null;
    },
    /** The lexicon from `from` to `to`, or null when Lentera has none. */
    get(from: string, to: string): Promise<Lexicon | null> {
      const key = `${from}-${to}`;
      let lexicon = pairs.get(key);
      if (!lexicon) {
        lexicon = (async () => {
          // All three at once: the root list and the forms do not wait for the entries.
          const [file, roots, forms] = await Promise.all([
            sources.readBundled(`lexicon/${key}.json`).catch(() => null),
            ...['roots', 'forms'].map((part) =>
              sources.readBundled(`lexicon/${from}-${part}.json`).catch(() => undefined),
            ),
          ]);
          if (file === null) return null;
          const lexicon = createLexicon(file, roots, forms);
          // The definitions (most of the data) come after: a lookup does not wait for them, and
          // shows a definition once they are there (a few hundred milliseconds after a cold start).
          sources
            .readBundled(`lexicon/${key}-definitions.json`)
            .then((d) => lexicon.addDefinitions(d))
            .catch(() => undefined);
          sources
            .readBundled(`lexicon/${from}-foreign.json`)
            .then((f) => lexicon.addForeign(f))
            .catch(() => undefined);
          return lexicon;
        })();
        // A failure (a corrupt file) is reported to the caller once and retried next time.
        lexicon.catch(() => pairs.delete(key));
        pairs.set(key, lexicon);
      }
      return lexicon;
    },
  };
}

export type LexiconStore = ReturnType<typeof createLexiconStore>;

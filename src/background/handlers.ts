import {
  ANNOTATE_LIMITS,
  type AnnotateReply,
  type BackgroundApi,
  type CallContext,
  type CardEntry,
  type TabState,
  VOCABULARY_LIST_PAGE,
} from '../contract/background-api';
import type { Handlers } from '../contract/channel';
import { blocksWithinLimits, type ParseOutcome, type ParseRequest } from '../contract/offscreen-api';
import { articleOf, articleSummaryOf, currentAnnotations, summaryIsFresh } from '../contract/storage';
import { annotateBlocks } from '../core/glossary/annotate';
import type { GlossaryEntry } from '../core/glossary/pack-schema';
import { guessLanguage } from '../core/guess-language';
import { lookupWord, rootOf } from '../core/lexicon/lookup';
import { type Profile, profileNames } from '../core/names/profiles';
import { summarize } from '../core/summary/summarize';
import { vocabularyMarks } from '../core/vocabulary/marks';
import type { GlossaryStore } from './glossary-store';
import { keyTermItems } from './key-term-items';
import type { LexiconStore } from './lexicon-store';
import type { SaveLedger } from './save-ledger';
import type { TabStore } from './tab-store';
import type { VocabularyStore } from './vocabulary-store';

export interface HandlerDeps {
  tabs: TabStore;
  glossary: GlossaryStore;
  lexicons: LexiconStore;
  vocabulary: VocabularyStore;
  /** Applies each vocabulary save once, by its id (none: every save is applied). */
  saves?: SaveLedger;
  /** The reader's language when the caller leaves it to the settings. */
  readerLanguage(): Promise<string>;
  now?: () => number;
  /** Lets other work run between slices of a long annotation. */
  yieldNow?: () => Promise<void>;
  /** Readability off the page's thread: here (Firefox's event page) or in an offscreen document. */
  parseArticle(params: ParseRequest): Promise<ParseOutcome>;
}

export type BackgroundHandlers = Handlers<BackgroundApi, CallContext>;

export function createHandlers(deps: HandlerDeps): BackgroundHandlers {
  const { tabs, glossary } = deps;
  const now = deps.now ?? Date.now;
  return {
    async reportPage(report, { senderTabId }) {
      // Only a content script in a tab can report a page; the popup has no tab to speak for.
      if (senderTabId === undefined) return { stored: false };
      const state: TabState = { status: 'ready', updatedAt: now(), report };
      await tabs.set(senderTabId, state);
      return { stored: true };
    },
    async getTabState({ tabId }) {
      return tabs.get(tabId);
    },
    async guessLanguage({ text }) {
      return { lang: guessLanguage(text) };
    },
    async annotate({ blocks: asked, pageLang, readerLang, url }, { senderTabId }) {
      const started = performance.now();
      // The same limits as the page's report, whoever the caller: the blocks past them are not read.
      const blocks = asked.slice(0, blocksWithinLimits(asked.map((b) => b.length)));
      const reader = readerLang ?? (await deps.readerLanguage());
      // The lexicons (for the profiles' roles) load while the index is built and terms matched.
      const lexicons = Promise.all([
        pageLang === reader ? null : deps.lexicons.get(pageLang, reader).catch(() => null),
        deps.lexicons.any(pageLang).catch(() => null),
      ]);
      const { index, sets, givenNames } = await glossary.forLanguage(pageLang);
      const found = await annotateBlocks(index, sets, blocks, { yieldNow: deps.yieldNow });
      // Names no pack knows: what the article itself says of them (roles through the lexicon).
      const [toReader, ofPage] = await lexicons;
      const profiled = profileNames(blocks, found, {
        gloss: (phrase) => toReader?.glosses(phrase)?.[0] ?? null,
        isWord: (word) => ofPage?.glosses(word) !== undefined,
        isCommon: (word) => sets.common.has(word),
        entryKind: (entryId: string) => index.entries.get(entryId)?.kind ?? null,
        isGivenName: (word) => givenNames.has(word),
        pageLang,
        readerLang: reader,
      });
      // Bounded: the first marks in reading order, and only the profiles they use.
      const annotations = profiled.annotations.slice(0, ANNOTATE_LIMITS.marks);
      const cut = profiled.annotations.length - annotations.length;
      const profiles: Record<string, Profile> = {};
      for (const a of annotations)
        if (a.profile && !profiles[a.profile]) {
          const p = profiled.profiles[a.profile];
          if (p) profiles[a.profile] = p;
        }
      const entries: Record<string, CardEntry> = {};
      for (const a of annotations) {
        if (a.entryId && !entries[a.entryId]) {
          const entry = index.entries.get(a.entryId);
          if (entry) entries[a.entryId] = card(entry, [pageLang, reader]);
        }
      }
      const reply: AnnotateReply = {
        url,
        pageLang,
        readerLang: reader,
        annotations,
        entries,
        profiles,
        cut,
        ms: performance.now() - started,
      };
      if (senderTabId !== undefined)
        await tabs.setAnnotations(senderTabId, { ...reply, keyTerms: keyTermItems(reply) });
      return reply;
    },
    async importGlossary({ json }) {
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, errors: [{ path: '(file)', message: `not JSON: ${reason}` }] };
      }
      return glossary.importPack(raw);
    },
    async getArticleSummary({ tabId }) {
      const started = performance.now();
      const session = await tabs.session(tabId);
      const article = articleOf(session);
      if (!article) return null;
      const { report } = article;
      const hit = summaryIsFresh(session);
      let made = session;
      if (!hit) {
        const [sets, lexicon] = await Promise.all([
          glossary.languageSets(report.lang),
          deps.lexicons.any(report.lang).catch(() => null),
        ]);
        const sentences = summarize(report.title, report.blocks, report.lang, {
          stopwords: sets.common,
          clitics: sets.clitics,
          // Sentences are compared by roots (menggambarkan and gambar share one) where Lentera
          // has the language's morphology.
          ...(lexicon ? { normalize: (w: string) => rootOf(w, lexicon) } : {}),
        });
        const summary = { updatedAt: article.updatedAt, url: report.url, sentences };
        await tabs.setSummary(tabId, summary);
        made = { ...session, summary };
      }
      // The annotation knows the reader's language; asking the settings costs more.
      const readerLang = currentAnnotations(made) ? null : await deps.readerLanguage();
      return articleSummaryOf(made, readerLang, { cached: hit, ms: performance.now() - started });
    },
    async parseArticle(params) {
      return deps.parseArticle(params);
    },
    async lookupWord({ word, before, after, pageLang, readerLang }) {
      const reader = readerLang ?? (await deps.readerLanguage());
      const loading = performance.now();
      const lexicon = pageLang === reader ? null : await deps.lexicons.get(pageLang, reader);
      const started = performance.now();
      const timing = { loadMs: started - loading, ms: 0 };
      if (!lexicon) return { readerLang: reader, available: false, result: null, ...timing };
      const result = lookupWord({ word, before, after }, lexicon);
      return { readerLang: reader, available: true, result, ...timing, ms: performance.now() - started };
    },
    async saveVocabulary({ saveId, ...item }) {
      const apply = async () => {
        const { id, count } = await deps.vocabulary.save(item);
        return { saved: true as const, id, count };
      };
      return deps.saves ? deps.saves.once(saveId, apply) : apply();
    },
    async listVocabulary({ offset = 0, limit = VOCABULARY_LIST_PAGE, newest = false }) {
      return deps.vocabulary.list({ offset, limit, newest });
    },
    async countVocabulary() {
      return { count: await deps.vocabulary.count() };
    },
    async importVocabulary({ items }) {
      return deps.vocabulary.import(items);
    },
    async deleteVocabulary({ ids }) {
      return deps.vocabulary.remove(ids);
    },
    async vocabularyMarks({ lang, words }) {
      const items = await deps.vocabulary.words(lang);
      if (items.length === 0 || words.length === 0) return { saved: items.length, learning: [], known: [] };
      const lexicon = await deps.lexicons.any(lang);
      return { saved: items.length, ...vocabularyMarks(items, words, lang, lexicon) };
    },
  };
}

/** An entry cut down to what a card shows: the page's and the reader's language. */
export function card(entry: GlossaryEntry, langs: readonly string[]): CardEntry {
  const pick = <T>(record: Record<string, T> | undefined): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const lang of langs) if (record?.[lang] !== undefined) out[lang] = record[lang] as T;
    return out;
  };
  return {
    id: entry.id,
    kind: entry.kind,
    labels: pick(entry.labels),
    gloss: pick(entry.gloss),
    wikipedia: pick(entry.wikipedia),
    wikidata: entry.wikidata ?? null,
    asOf: entry.asOf ?? null,
  };
}

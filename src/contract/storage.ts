// Where Lentera keeps things: every storage key, the layout of a tab's session state, its reader,
// and the rule for when a cached summary still holds. The background writes; the popup and the
// test helpers read through the same functions. No browser API here: the area is passed in.
import type { SummarySentence } from '../core/summary/summarize';
import type { AnnotateReply, ArticleSummary, KeyTermItem, TabState } from './background-api';

/** storage.local: kept across browser restarts. Small things only: the vocabulary is in IndexedDB. */
export const LOCAL_KEYS = {
  settings: 'settings',
  importedGlossaries: 'importedGlossaries',
  /** Rewritten (a new random value) after every committed change of the vocabulary: the signal. */
  vocabularyRevision: 'vocabularyRevision',
  /**
   * Where versions before 0.2 kept the whole vocabulary, one array: moved to IndexedDB once, on
   * the background's first use of the vocabulary, and then removed.
   */
  legacyVocabulary: 'vocabulary',
} as const;

/** storage.session: kept while the browser runs (across worker stops). */
export const SESSION_KEYS = {
  /** The ids of the vocabulary saves already applied, with their answers (background/save-ledger.ts). */
  appliedSaves: 'appliedSaves',
} as const;

/**
 * The vocabulary's IndexedDB database (the extension's origin; the background is its one writer).
 * One record an item, `{ seq, key, item }`: `seq` keeps the order items were first saved in,
 * `key` is the item's identity (text, language, kind), `item` the VocabularyItem as the schema says.
 */
export const VOCABULARY_DB = {
  name: 'lentera-vocabulary',
  version: 1,
  items: 'items',
  /** Legacy items that no longer fitted the schema when they were migrated: kept, out of sight. */
  unreadable: 'unreadable',
  /** Facts about the database itself: whether the legacy array was migrated (written with it). */
  meta: 'meta',
} as const;

/** Whether a storage.onChanged event says the vocabulary changed (in this tab or another). */
export function vocabularyChanged(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'local' && LOCAL_KEYS.vocabularyRevision in changes;
}

/** storage.session: one set of keys per tab, gone when the browser closes. */
export const tabKeys = (tabId: number) => ({
  state: `tab:${tabId}`,
  annotations: `annotations:${tabId}`,
  summary: `summary:${tabId}`,
});

/** The annotation of the tab's page, with its key terms (computed once, by the background). */
export interface AnnotationRecord extends AnnotateReply {
  keyTerms: KeyTermItem[];
}

/** A summary made for one report of a tab (its `updatedAt`), kept until the page changes. */
export interface CachedSummary {
  updatedAt: number;
  url: string;
  sentences: SummarySentence[];
}

export interface TabSession {
  state: TabState | null;
  annotations: AnnotationRecord | null;
  summary: CachedSummary | null;
}

/** The part of a storage area this module needs. */
export interface StorageReader {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Everything known of a tab, in one read. */
export async function readTabSession(area: StorageReader, tabId: number): Promise<TabSession> {
  const keys = tabKeys(tabId);
  const found = await area.get([keys.state, keys.annotations, keys.summary]);
  return {
    state: (found[keys.state] as TabState | undefined) ?? null,
    annotations: (found[keys.annotations] as AnnotationRecord | undefined) ?? null,
    summary: (found[keys.summary] as CachedSummary | undefined) ?? null,
  };
}

/** Whether a storage change touches this tab's session. */
export function touchesTab(changes: Record<string, unknown>, tabId: number): boolean {
  return Object.values(tabKeys(tabId)).some((key) => key in changes);
}

/** The article report of a session whose page was read as an article, else null. */
export function articleOf(session: TabSession) {
  const { state } = session;
  return state?.status === 'ready' && state.report.kind === 'article'
    ? { report: state.report, updatedAt: state.updatedAt }
    : null;
}

/** The one freshness rule: a summary holds for the report it was made from (same time, same URL). */
export function summaryIsFresh(session: TabSession): boolean {
  const article = articleOf(session);
  const { summary } = session;
  return (
    article !== null &&
    summary !== null &&
    summary.updatedAt === article.updatedAt &&
    summary.url === article.report.url
  );
}

/** The annotation of the current page, or null while it is missing or belongs to an earlier one. */
export function currentAnnotations(session: TabSession): AnnotationRecord | null {
  const article = articleOf(session);
  return article && session.annotations?.url === article.report.url ? session.annotations : null;
}

/**
 * The popup's article view from a session whose summary is fresh (null otherwise); key terms are
 * null while the page's terms are still being matched.
 */
export function articleSummaryOf(
  session: TabSession,
  readerLang: string | null,
  extra: { cached: boolean; ms: number } = { cached: true, ms: 0 },
): ArticleSummary | null {
  const article = articleOf(session);
  if (!article || !summaryIsFresh(session) || !session.summary) return null;
  const annotations = currentAnnotations(session);
  return {
    url: article.report.url,
    pageLang: article.report.lang,
    readerLang: annotations?.readerLang ?? readerLang ?? article.report.lang,
    sentences: session.summary.sentences,
    keyTerms: annotations?.keyTerms ?? null,
    ...extra,
  };
}

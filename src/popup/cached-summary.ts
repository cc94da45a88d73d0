// The popup's fast path: before its first render, the popup reads the tab's state and a summary
// the background made before (when the popup was last opened on this page) straight from
// storage.session, in one call and without waking the background, so that the first frame can
// show the summary. Anything missing or stale: the popup asks the background, which makes the
// summary and keeps it.

import { browser } from '../shared/browser';
import { keyTermItems } from '../shared/key-term-items';
import type { AnnotateReply, ArticleSummary, CachedSummary, TabState } from '../shared/messages';

export interface FirstLook {
  state: TabState | null;
  summary: ArticleSummary | null;
}

/** The tab's state and, when it is fresh, its cached summary: one storage.session read. */
export async function firstLook(tabId: number): Promise<FirstLook> {
  const keys = [`tab:${tabId}`, `summary:${tabId}`, `annotations:${tabId}`];
  const found = await browser.storage.session.get(keys).catch(() => ({}) as Record<string, unknown>);
  const state = (found[keys[0] as string] as TabState | undefined) ?? null;
  const summary = found[keys[1] as string] as CachedSummary | undefined;
  const annotations = found[keys[2] as string] as AnnotateReply | undefined;
  if (state?.status !== 'ready' || state.report.kind !== 'article' || !summary || !annotations)
    return { state, summary: null };
  const report = state.report;
  if (summary.updatedAt !== state.updatedAt || summary.url !== report.url || annotations.url !== report.url)
    return { state, summary: null };
  return {
    state,
    summary: {
      url: report.url,
      pageLang: report.lang,
      readerLang: annotations.readerLang,
      sentences: summary.sentences,
      keyTerms: keyTermItems(annotations),
      cached: true,
      ms: 0,
    },
  };
}

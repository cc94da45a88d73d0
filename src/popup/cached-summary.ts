// The popup's fast path: a summary the background made before (when the popup was last opened on
// this page) is read straight from storage.session, with the tab's state and annotation, in one
// call and without waking the background. Anything missing or stale: null, and the popup asks
// the background, which makes the summary and keeps it.

import { browser } from '../shared/browser';
import { keyTermItems } from '../shared/key-term-items';
import type { AnnotateReply, ArticleSummary, CachedSummary, TabState } from '../shared/messages';

export async function cachedSummary(tabId: number): Promise<ArticleSummary | null> {
  const keys = [`tab:${tabId}`, `summary:${tabId}`, `annotations:${tabId}`];
  const found = await browser.storage.session.get(keys).catch(() => ({}) as Record<string, unknown>);
  const state = found[keys[0] as string] as TabState | undefined;
  const summary = found[keys[1] as string] as CachedSummary | undefined;
  const annotations = found[keys[2] as string] as AnnotateReply | undefined;
  if (state?.status !== 'ready' || state.report.kind !== 'article' || !summary || !annotations) return null;
  const report = state.report;
  if (summary.updatedAt !== state.updatedAt || summary.url !== report.url || annotations.url !== report.url)
    return null;
  return {
    url: report.url,
    pageLang: report.lang,
    readerLang: annotations.readerLang,
    sentences: summary.sentences,
    keyTerms: keyTermItems(annotations),
    cached: true,
    ms: 0,
  };
}

/** The tab's state as the background stored it, or null when there is none yet. */
export async function storedState(tabId: number): Promise<TabState | null> {
  const key = `tab:${tabId}`;
  const found = await browser.storage.session.get(key).catch(() => ({}) as Record<string, unknown>);
  return (found[key] as TabState | undefined) ?? null;
}

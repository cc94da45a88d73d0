import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/contract/background-api';
import {
  type AnnotationRecord,
  articleSummaryOf,
  currentAnnotations,
  readTabSession,
  summaryIsFresh,
  type TabSession,
  tabKeys,
  touchesTab,
} from '../../src/contract/storage';

const report = {
  kind: 'article' as const,
  url: 'http://127.0.0.1/a',
  title: 'T',
  lang: 'id',
  langSource: 'html' as const,
  byline: null,
  siteName: null,
  publishedTime: null,
  excerpt: null,
  dir: null,
  words: 3,
  readingMinutes: 1,
  blocks: [{ kind: 'paragraph' as const, text: 'Satu dua tiga.' }],
};
const state: TabState = { status: 'ready', updatedAt: 100, report };
const sentences = [{ text: 'Satu dua tiga.', block: 0, start: 0, end: 14 }];
const annotations: AnnotationRecord = {
  url: report.url,
  pageLang: 'id',
  readerLang: 'en',
  annotations: [],
  entries: {},
  profiles: {},
  cut: 0,
  ms: 1,
  keyTerms: [{ entryId: 'x', count: 2, name: 'X', text: 'X', kind: 'place' }],
};
const session = (patch: Partial<TabSession>): TabSession => ({
  state,
  annotations,
  summary: { updatedAt: 100, url: report.url, sentences },
  ...patch,
});

describe('the tab session layout', () => {
  it('reads every key of a tab in one call, and nothing of another tab', async () => {
    const asked: string[][] = [];
    const area = {
      get: async (keys: string[]) => {
        asked.push(keys);
        return { [tabKeys(7).state]: state, [tabKeys(8).state]: { status: 'loading', updatedAt: 1 } };
      },
    };
    const read = await readTabSession(area, 7);
    expect(asked).toEqual([[tabKeys(7).state, tabKeys(7).annotations, tabKeys(7).summary]]);
    expect(read).toEqual({ state, annotations: null, summary: null });
    expect(touchesTab({ [tabKeys(7).summary]: {} }, 7)).toBe(true);
    expect(touchesTab({ [tabKeys(70).summary]: {}, settings: {} }, 7)).toBe(false);
  });

  it.each([
    ['made for this report', {}, true],
    [
      'made for an earlier report of the same page',
      { summary: { updatedAt: 99, url: report.url, sentences } },
      false,
    ],
    ['made for another page', { summary: { updatedAt: 100, url: 'http://127.0.0.1/b', sentences } }, false],
    ['missing', { summary: null }, false],
    ['of a page that is loading again', { state: { status: 'loading', updatedAt: 101 } as TabState }, false],
  ])('a summary %s is fresh: %s', (_name, patch, fresh) => {
    expect(summaryIsFresh(session(patch as Partial<TabSession>))).toBe(fresh);
    expect(articleSummaryOf(session(patch as Partial<TabSession>), null) !== null).toBe(fresh);
  });

  it('gives key terms only from the annotation of the current page', () => {
    expect(articleSummaryOf(session({}), null)?.keyTerms).toEqual(annotations.keyTerms);
    const stale = session({ annotations: { ...annotations, url: 'http://127.0.0.1/old' } });
    expect(currentAnnotations(stale)).toBeNull();
    expect(articleSummaryOf(stale, 'en')).toMatchObject({ keyTerms: null, readerLang: 'en', cached: true });
  });
});

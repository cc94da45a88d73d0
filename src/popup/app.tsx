// The toolbar popup: what the article says (an extractive summary) and who is in it (key terms),
// in ten seconds, and the switches readers use. Also a page: `popup.html?tab=<tabId>`.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleReport, ArticleSummary } from '../contract/background-api';
import { callTab, callUntilAnswered } from '../contract/callers';
import type { ApiError } from '../contract/result';
import {
  articleSummaryOf,
  currentAnnotations,
  readTabSession,
  type TabSession,
  touchesTab,
} from '../contract/storage';
import { browser } from '../shared/browser';
import { languageName, t, uiLanguage } from '../shared/i18n';
import { OnDeviceAi } from './on-device-ai';
import { SummaryReader } from './summary-reader';
import { Switches } from './switches';

/** How long the popup waits for a page still loading or being examined before it says so. */
const WAIT_MS = 6000;

export function App({
  tabId,
  asPage,
  first,
}: {
  tabId: number | null;
  asPage: boolean;
  first: TabSession | null;
}) {
  const [session, setSession] = useState<TabSession | null>(first);
  const [error, setError] = useState<ApiError | null>(null);
  const [settled, setSettled] = useState(first?.state?.status === 'ready');
  const [attempt, setAttempt] = useState(0);
  /** The background has not answered yet (a worker stopped or starting): it is asked again. */
  const [unanswered, setUnanswered] = useState(false);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  /**
   * When the tab began to load another page, as the browser tells the popup itself (the worker,
   * which writes the tab's state, may be stopped just then): what the session holds from before
   * is of the page that was, until the new page's report is in.
   */
  const [loadingSince, setLoadingSince] = useState<number | null>(null);
  const [loadingLong, setLoadingLong] = useState(false);

  useEffect(() => {
    if (tabId === null) return;
    // Lentera has no "tabs" permission: the change tells no URL, only that a document loads (a
    // page that reloads, too, is reported anew).
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'loading') setLoadingSince(Date.now());
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);

  useEffect(() => {
    if (loadingSince === null) return;
    setLoadingLong(false);
    const timer = setTimeout(() => setLoadingLong(true), WAIT_MS);
    return () => clearTimeout(timer);
  }, [loadingSince]);

  // The popup follows the tab's session state as the background writes it (a late article,
  // "annotate anyway", a new page of a single-page site, the key terms once matched).
  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    const reread = () =>
      void readTabSession(browser.storage.session, tabId).then((next) => {
        if (!stopped) setSession(next);
      });
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && touchesTab(changes, tabId)) reread();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      stopped = true;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [tabId]);

  // A page not read yet: ask the background until it answers (saying meanwhile that it does
  // not); after a while without a report, say that the page has not answered.
  useEffect(() => {
    if (tabId === null || (attempt === 0 && first?.state?.status === 'ready')) return;
    // Aborted when the popup closes or asks anew: no more tries, and no late answer shown.
    const control = new AbortController();
    const { signal } = control;
    setError(null);
    void callUntilAnswered(
      'getTabState',
      { tabId },
      { signal, onUnanswered: () => !signal.aborted && setUnanswered(true) },
    ).then((reply) => {
      if (signal.aborted) return;
      setUnanswered(false);
      if (!reply.ok) setError(reply.error);
      else
        void readTabSession(browser.storage.session, tabId).then(
          (next) => !signal.aborted && setSession(next),
        );
    });
    const timer = setTimeout(() => setSettled(true), WAIT_MS);
    return () => {
      control.abort();
      clearTimeout(timer);
    };
  }, [tabId, attempt]);

  const state = session?.state ?? null;
  const before = loadingSince !== null && state?.status === 'ready' && state.updatedAt < loadingSince;
  const report = state?.status === 'ready' && !before ? state.report : null;
  const host = report ? hostOf(report.url) : null;
  const view: View =
    tabId === null
      ? { kind: 'no-tab' }
      : error
        ? { kind: 'error', error }
        : (unanswered && state?.status !== 'ready') || (before && loadingLong)
          ? { kind: 'not-answering' }
          : before
            ? { kind: 'loading' }
            : { kind: 'state', session: session ?? EMPTY, settled: settled || state?.status === 'ready' };
  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <Body view={view} retry={retry} tabId={tabId} asPage={asPage} />
      <Switches host={host} />
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </footer>
    </>
  );
}

type View =
  | { kind: 'no-tab' }
  | { kind: 'not-answering' }
  | { kind: 'loading' }
  | { kind: 'state'; session: TabSession; settled: boolean }
  | { kind: 'error'; error: ApiError };

const EMPTY: TabSession = { state: null, annotations: null, summary: null };

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

interface BodyProps {
  view: View;
  retry: () => void;
  tabId: number | null;
  asPage: boolean;
}

function Body({ view, retry, tabId, asPage }: BodyProps) {
  switch (view.kind) {
    case 'no-tab':
      return <Status text={t('statusNoTab')} />;
    case 'loading':
      return <Status text={t('statusExamining')} busy />;
    case 'not-answering':
      // Not an error to act on: the popup keeps asking, and shows the page once it can.
      return <Status text={t('statusBackgroundUnavailable')} state="not-answering" busy />;
    case 'error':
      return (
        <div class="card" role="alert" data-state="restarting">
          <p class="status">{t('statusBackgroundUnavailable')}</p>
          <button type="button" class="link" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      );
    case 'state':
      return (
        <StateView
          session={view.session}
          settled={view.settled}
          tabId={tabId as number}
          asPage={asPage}
          retry={retry}
        />
      );
  }
}

interface StateProps {
  session: TabSession;
  settled: boolean;
  tabId: number;
  asPage: boolean;
  retry: () => void;
}

function StateView({ session, settled, tabId, asPage, retry }: StateProps) {
  const { state } = session;
  if (state === null)
    return settled ? (
      <Status text={t('statusCannotRun')} state="cannot-run" />
    ) : (
      <Status text={t('statusExamining')} busy />
    );
  if (state.status === 'loading') {
    // The page's script keeps asking the background; the report replaces this once it is in.
    return settled ? (
      <Status text={t('statusNoReport')} state="not-answering" busy />
    ) : (
      <Status text={t('statusExamining')} busy />
    );
  }
  const report = state.report;
  switch (report.kind) {
    case 'article':
      return <ArticleView report={report} session={session} tabId={tabId} asPage={asPage} />;
    case 'not-article':
      return (
        <div class="card" data-state="not-article">
          <p class="status">{t('statusNotArticle')}</p>
          <button
            type="button"
            id="annotate-anyway"
            onClick={() => void callTab(tabId, 'annotateAnyway', {}).then(retry)}
          >
            {t('annotateAnyway')}
          </button>
        </div>
      );
    case 'not-html':
      return <Status text={t('statusNotHtml', report.contentType)} state="not-html" />;
    case 'failed':
      return <Status text={t('statusFailed', report.reason)} state="failed" />;
    case 'off':
      return <Status text={t('statusOff')} state="off" />;
  }
}

let marked = false;

/** For the benchmark: when the summary is first on screen (an extension page's timeline, which no web page can read). */
function markShown() {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => performance.mark('lentera:popup-summary'));
}

/** The article: title, site, languages, reading time, summary, key terms. */
interface ArticleProps {
  report: ArticleReport;
  session: TabSession;
  tabId: number;
  asPage: boolean;
}

function ArticleView({ report, session, tabId, asPage }: ArticleProps) {
  // A summary the background made before is in the session (shown from the first frame); else it
  // is asked for once, and the background keeps it for the next opening.
  const [made, setMade] = useState<ArticleSummary | null>(null);
  const updatedAt = session.state?.updatedAt;
  const fresh = articleSummaryOf(session, null);
  useEffect(() => {
    if (fresh) return;
    const control = new AbortController();
    void callUntilAnswered('getArticleSummary', { tabId }, { signal: control.signal }).then((reply) => {
      if (!control.signal.aborted && reply.ok) setMade(reply.value);
    });
    return () => control.abort();
  }, [tabId, report.url, updatedAt]);
  const summary = (made?.url === report.url ? made : null) ?? fresh;
  useEffect(() => {
    if (summary) markShown();
  }, [summary !== null]);
  // Key terms arrive with the annotation, once the page's terms are matched.
  const annotated = currentAnnotations(session);
  const keyTerms = annotated?.keyTerms ?? summary?.keyTerms ?? null;
  const cut = annotated?.cut ?? 0;

  const reader = summary?.readerLang ?? null;
  const site = report.siteName ?? hostOf(report.url);
  const openTerm = (entryId: string) => {
    void callTab(tabId, 'showEntry', { entryId });
    // As a popup, step aside so the card on the page can be read.
    if (!asPage) window.close();
  };
  return (
    <section class="card" aria-labelledby="article-title" data-state="article">
      <h2 class="title" id="article-title" lang={report.lang}>
        {report.title}
      </h2>
      <p class="meta">
        {site && <span id="article-site">{site} · </span>}
        <span data-lang={report.lang}>
          {languageName(report.lang)}
          {reader && reader !== report.lang ? ` → ${languageName(reader)}` : ''}
        </span>{' '}
        · <span id="reading-time">{t('readingTime', String(Math.max(1, report.readingMinutes)))}</span>
      </p>
      {report.cut !== undefined && (
        <p class="meta" id="article-cut">
          {t('articleCut', report.cut.toLocaleString(uiLanguage()))}
        </p>
      )}
      <h3>{t('summaryTitle')}</h3>
      {summary === null ? (
        <p class="meta" aria-busy="true">
          {t('summaryMaking')}
        </p>
      ) : summary.sentences.length === 0 ? (
        <p class="meta">{t('summaryNone')}</p>
      ) : (
        <SummaryReader
          report={report}
          sentences={summary.sentences}
          cached={summary.cached}
          readerLang={summary.readerLang}
          annotations={annotated}
        />
      )}
      {summary && summary.sentences.length > 0 && (
        <OnDeviceAi
          pageLang={report.lang}
          readerLang={summary.readerLang}
          article={report.blocks.map((b) => b.text).join('\n\n')}
          extractive={summary.sentences.map((s) => s.text).join(' ')}
        />
      )}
      <h3>{t('keyTermsTitle')}</h3>
      {cut > 0 && (
        <p class="meta" id="marks-cut">
          {t('marksCut', String(cut))}
        </p>
      )}
      {keyTerms ? (
        keyTerms.length ? (
          <ul class="key-terms" id="key-terms">
            {keyTerms.map((k) => (
              <li key={k.entryId}>
                <button type="button" class="term" data-entry={k.entryId} onClick={() => openTerm(k.entryId)}>
                  <span class="term-name">{k.name}</span>
                  {k.text !== k.name && (
                    <span class="meta" lang={report.lang}>
                      {' '}
                      ({k.text})
                    </span>
                  )}
                  <span class="count">
                    <span aria-hidden="true">×{k.count}</span>
                    <span class="sr-only">{t('occurrences', String(k.count))}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta">{t('keyTermsNone')}</p>
        )
      ) : (
        <p class="meta" aria-busy="true">
          {t('keyTermsMaking')}
        </p>
      )}
    </section>
  );
}

function Status({ text, busy = false, state }: { text: string; busy?: boolean; state?: string }) {
  return (
    <div class="card" aria-busy={busy} data-state={state ?? (busy ? 'waiting' : 'other')}>
      <p class="status">{text}</p>
    </div>
  );
}

// The toolbar popup: what the article says (an extractive summary) and who is in it (key terms),
// in ten seconds, and the switches readers use. Also a page: `popup.html?tab=<tabId>`.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { callBackground } from '../shared/call-background';
import { languageName, t } from '../shared/i18n';
import type { ArticleReport, ArticleSummary, TabState } from '../shared/messages';
import type { ApiError } from '../shared/result';
import { type FirstLook, firstLook } from './cached-summary';
import { OnDeviceAi } from './on-device-ai';
import { Switches } from './switches';

type View =
  | { kind: 'waiting' }
  | { kind: 'no-tab' }
  | { kind: 'state'; state: TabState | null; settled: boolean }
  | { kind: 'error'; error: ApiError };

/** How long the popup keeps asking while a page is still loading or being examined. */
const WAIT_MS = 6000;
const POLL_MS = 250;

export function App({
  tabId,
  asPage,
  first,
}: {
  tabId: number | null;
  asPage: boolean;
  first: FirstLook | null;
}) {
  const [view, setView] = useState<View>(
    tabId === null
      ? { kind: 'no-tab' }
      : first?.state?.status === 'ready'
        ? { kind: 'state', state: first.state, settled: true }
        : { kind: 'waiting' },
  );
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    const started = Date.now();
    const poll = async () => {
      // After the first look (main.tsx), ask the background: that also tells a worker that is
      // not answering.
      const reply = await callBackground('getTabState', { tabId });
      if (stopped) return;
      if (!reply.ok) {
        setView({ kind: 'error', error: reply.error });
        return;
      }
      const state = reply.value;
      const settled = state?.status === 'ready' || Date.now() - started > WAIT_MS;
      setView({ kind: 'state', state, settled });
      // The page can change while the popup is open (read anyway, a late article, a new page in
      // a single-page site): keep asking, slowly once settled.
      setTimeout(poll, settled ? POLL_MS * 4 : POLL_MS);
    };
    // A page already read needs no hurry: the first look showed it.
    const wait = first?.state?.status === 'ready' && attempt === 0 ? POLL_MS * 4 : 0;
    setTimeout(() => void poll(), wait);
    return () => {
      stopped = true;
    };
  }, [tabId, attempt]);

  const report = view.kind === 'state' && view.state?.status === 'ready' ? view.state.report : null;
  const host = report ? hostOf(report.url) : null;
  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <Body view={view} retry={retry} tabId={tabId} asPage={asPage} cached={first?.summary ?? null} />
      <Switches host={host} />
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </footer>
    </>
  );
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

interface BodyProps {
  cached: ArticleSummary | null;
  view: View;
  retry: () => void;
  tabId: number | null;
  asPage: boolean;
}

function Body({ view, retry, tabId, asPage, cached }: BodyProps) {
  switch (view.kind) {
    case 'waiting':
      return <Status text={t('statusExamining')} busy />;
    case 'no-tab':
      return <Status text={t('statusNoTab')} />;
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
          cached={cached}
          state={view.state}
          settled={view.settled}
          tabId={tabId as number}
          asPage={asPage}
          retry={retry}
        />
      );
  }
}

interface StateProps {
  cached: ArticleSummary | null;
  state: TabState | null;
  settled: boolean;
  tabId: number;
  asPage: boolean;
  retry: () => void;
}

function StateView({ state, settled, tabId, asPage, retry, cached }: StateProps) {
  if (state === null)
    return settled ? (
      <Status text={t('statusCannotRun')} state="cannot-run" />
    ) : (
      <Status text={t('statusExamining')} busy />
    );
  if (state.status === 'loading') {
    return settled ? <Status text={t('statusNoReport')} /> : <Status text={t('statusExamining')} busy />;
  }
  const report = state.report;
  switch (report.kind) {
    case 'article':
      return (
        <ArticleView
          report={report}
          tabId={tabId}
          asPage={asPage}
          cached={cached?.url === report.url ? cached : null}
        />
      );
    case 'not-article':
      return (
        <div class="card" data-state="not-article">
          <p class="status">{t('statusNotArticle')}</p>
          <button
            type="button"
            id="annotate-anyway"
            onClick={() =>
              void browser.tabs
                .sendMessage(tabId, { lentera: 1, method: 'annotateAnyway', params: {} })
                .catch(() => undefined)
                .then(retry)
            }
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
  tabId: number;
  asPage: boolean;
  /** The summary from the first look, when the background made it before. */
  cached: ArticleSummary | null;
}

function ArticleView({ report, tabId, asPage, cached }: ArticleProps) {
  const [summary, setSummary] = useState<ArticleSummary | null>(cached);
  useEffect(() => {
    if (cached) {
      markShown();
      return;
    }
    let stopped = false;
    const started = Date.now();
    const load = async () => {
      const reply = await callBackground('getArticleSummary', { tabId });
      if (stopped || !reply.ok) return;
      setSummary(reply.value);
      if (reply.value) markShown();
      // Key terms arrive once the page's terms are matched.
      if (reply.value?.keyTerms === null && Date.now() - started < WAIT_MS) setTimeout(load, POLL_MS);
    };
    void load();
    return () => {
      stopped = true;
    };
  }, [tabId, report.url]);

  const reader = summary?.readerLang ?? null;
  const site = report.siteName ?? hostOf(report.url);
  const openTerm = (entryId: string) => {
    void browser.tabs
      .sendMessage(tabId, { lentera: 1, method: 'showEntry', params: { entryId } })
      .catch(() => undefined);
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
      <h3>{t('summaryTitle')}</h3>
      {summary === null ? (
        <p class="meta" aria-busy="true">
          {t('summaryMaking')}
        </p>
      ) : summary.sentences.length === 0 ? (
        <p class="meta">{t('summaryNone')}</p>
      ) : (
        <ul class="summary" id="summary" lang={report.lang} data-cached={summary.cached ? '1' : '0'}>
          {summary.sentences.map((s) => (
            <li key={`${s.block}:${s.start}`}>{s.text}</li>
          ))}
        </ul>
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
      {summary?.keyTerms ? (
        summary.keyTerms.length ? (
          <ul class="key-terms" id="key-terms">
            {summary.keyTerms.map((k) => (
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

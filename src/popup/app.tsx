import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { callBackground } from '../shared/call-background';
import { languageName, t } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import type { ApiError } from '../shared/result';

type View =
  | { kind: 'waiting' }
  | { kind: 'no-tab' }
  | { kind: 'state'; state: TabState | null; settled: boolean }
  | { kind: 'error'; error: ApiError };

/** How long the popup keeps asking while a page is still loading or being examined. */
const WAIT_MS = 6000;
const POLL_MS = 250;

export function App({ tabId }: { tabId: number | null }) {
  const [view, setView] = useState<View>(tabId === null ? { kind: 'no-tab' } : { kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    const started = Date.now();
    const poll = async () => {
      const reply = await callBackground('getTabState', { tabId });
      if (stopped) return;
      if (!reply.ok) {
        setView({ kind: 'error', error: reply.error });
        return;
      }
      const state = reply.value;
      const settled = state?.status === 'ready' || Date.now() - started > WAIT_MS;
      setView({ kind: 'state', state, settled });
      if (!settled) setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [tabId, attempt]);

  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <Body view={view} retry={retry} />
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </footer>
    </>
  );
}

function Body({ view, retry }: { view: View; retry: () => void }) {
  switch (view.kind) {
    case 'waiting':
      return <Status text={t('statusExamining')} busy />;
    case 'no-tab':
      return <Status text={t('statusNoTab')} />;
    case 'error':
      return (
        <div class="card" role="alert">
          <p class="status">{t('statusBackgroundUnavailable')}</p>
          <button type="button" class="link" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      );
    case 'state':
      return <StateView state={view.state} settled={view.settled} />;
  }
}

function StateView({ state, settled }: { state: TabState | null; settled: boolean }) {
  if (state === null)
    return settled ? <Status text={t('statusCannotRun')} /> : <Status text={t('statusExamining')} busy />;
  if (state.status === 'loading') {
    return settled ? <Status text={t('statusNoReport')} /> : <Status text={t('statusExamining')} busy />;
  }
  const report = state.report;
  switch (report.kind) {
    case 'article':
      return (
        <section class="card" aria-labelledby="article-title" data-state="article">
          <h2 class="title" id="article-title">
            {report.title}
          </h2>
          <p class="meta">
            {t('articleLanguage', languageName(report.lang))}{' '}
            <span data-lang={report.lang}>({report.lang})</span>
          </p>
        </section>
      );
    case 'not-article':
      return <Status text={t('statusNotArticle')} state="not-article" />;
    case 'not-html':
      return <Status text={t('statusNotHtml', report.contentType)} state="not-html" />;
    case 'failed':
      return <Status text={t('statusFailed', report.reason)} state="failed" />;
    case 'off':
      return <Status text={t('statusOff')} state="off" />;
  }
}

function Status({ text, busy = false, state }: { text: string; busy?: boolean; state?: string }) {
  return (
    <div class="card" aria-busy={busy} data-state={state ?? (busy ? 'waiting' : 'other')}>
      <p class="status">{text}</p>
    </div>
  );
}

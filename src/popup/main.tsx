import { render } from 'preact';
import { readTabSession } from '../contract/storage';
import { browser } from '../shared/browser';
import { uiLanguage } from '../shared/i18n';
import { App } from './app';
import { targetTabId } from './target-tab';

// For the benchmark: when the popup's own script starts (the browser's page load comes first).
performance.mark('lentera:popup-start');
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) {
  void (async () => {
    const tabId = await targetTabId(location.search);
    // One storage.session read before the first render (without waking the background), so that
    // its frame shows the article, and the summary the background made before.
    const first =
      tabId === null ? null : await readTabSession(browser.storage.session, tabId).catch(() => null);
    render(
      <App tabId={tabId} asPage={new URLSearchParams(location.search).has('tab')} first={first} />,
      root,
    );
  })();
}

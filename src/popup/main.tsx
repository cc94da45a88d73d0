import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './app';
import { firstLook } from './cached-summary';
import { targetTabId } from './target-tab';

// For the benchmark: when the popup's own script starts (the browser's page load comes first).
performance.mark('lentera:popup-start');
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) {
  void (async () => {
    const tabId = await targetTabId(location.search);
    // One storage.session read before the first render, so that its frame shows the article.
    const first = tabId === null ? null : await firstLook(tabId);
    render(
      <App tabId={tabId} asPage={new URLSearchParams(location.search).has('tab')} first={first} />,
      root,
    );
  })();
}

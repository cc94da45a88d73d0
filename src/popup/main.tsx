import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './app';
import { targetTabId } from './target-tab';

// For the benchmark: when the popup's own script starts (the browser's page load comes first).
performance.mark('lentera:popup-start');
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) {
  void targetTabId(location.search).then((tabId) =>
    render(<App tabId={tabId} asPage={new URLSearchParams(location.search).has('tab')} />, root),
  );
}

import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './app';
import { targetTabId } from './target-tab';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) {
  void targetTabId(location.search).then((tabId) => render(<App tabId={tabId} />, root));
}

// Content script (top frame, document_idle): wires the page controller to the browser: the
// settings (storage.onChanged), the tab's channel (keyboard commands, the popup), the language
// tools. Everything is caught: nothing may throw into the page.
import { callBackground } from '../contract/callers';
import { dispatch, isFor } from '../contract/channel';
import { LOCAL_KEYS, vocabularyChanged } from '../contract/storage';
import { tabChannel } from '../contract/tab-api';
import { measure, setDiagnostics } from '../dom/diagnostics';
import { isHtmlDocument } from '../dom/examine-page';
import { browser } from '../shared/browser';
import { loadSettings } from '../shared/settings';
import { createPageController } from './page-controller';
import { HOST_TAG } from './popover/popover-host';

const isOwnNode = (node: Node) => {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeName === HOST_TAG.toUpperCase()) return true;
  return false;
};

function main(): void {
  if (!isHtmlDocument(document)) {
    // Not a web page (an image, a PDF): say so, and leave it alone.
    void callBackground('reportPage', {
      kind: 'not-html',
      url: location.href,
      contentType: document.contentType.slice(0, 200),
    });
    return;
  }
  const controller = createPageController({
    doc: document,
    isOwnNode,
    language: {
      detect: (text) => browser.i18n.detectLanguage(text),
      async guess(text) {
        const reply = await callBackground('guessLanguage', { text });
        return reply.ok ? reply.value.lang : null;
      },
    },
  });
  const follow = async () => {
    const settings = await loadSettings();
    setDiagnostics(settings.diagnostics);
    const started = performance.now();
    controller.follow(settings);
    // For tests and profiling: the page follows the settings as they are now.
    measure('lentera:settings', started, performance.now(), JSON.stringify(settings));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (LOCAL_KEYS.settings in changes) follow().catch(() => undefined);
    if (vocabularyChanged(changes, area)) controller.vocabularyChanged();
  });
  const log = (line: string) => console.debug(`[lentera] ${line}`);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isFor(tabChannel, message)) return undefined;
    return dispatch(
      tabChannel,
      message,
      undefined,
      {
        annotateAnyway: async () => controller.annotateAnyway(),
        focusTerm: async ({ direction }) => controller.page()?.step(direction)?.annotation.text ?? null,
        showEntry: async ({ entryId }) => controller.page()?.showEntry(entryId) ?? false,
        lookUpSelection: async () => controller.page()?.lookUpSelection() ?? false,
      },
      log,
    );
  });
  follow().catch((error: unknown) => console.debug('[lentera] gave up on this page:', error));
}

if (window.top === window) {
  try {
    main();
  } catch (error) {
    console.debug('[lentera] gave up on this page:', error);
  }
}

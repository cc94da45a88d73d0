// Content script (top frame, document_idle): wires the page controller to the browser: the
// settings (storage.onChanged), the tab's channel (keyboard commands, the popup), the language
// tools. Everything is caught: nothing may throw into the page. A script whose extension is gone
// (reloaded, updated, removed) ends: every trace removed, every listener off (orphan.ts).
import { callUntilAnswered } from '../contract/callers';
import { dispatch, isFor } from '../contract/channel';
import { LOCAL_KEYS, vocabularyChanged } from '../contract/storage';
import { tabChannel } from '../contract/tab-api';
import { measure, setDiagnostics } from '../dom/diagnostics';
import { isHtmlDocument } from '../dom/examine-page';
import { browser } from '../shared/browser';
import { loadSettings } from '../shared/settings';
import { watchForOrphaning } from './orphan';
import { createPageController } from './page-controller';
import { HOST_TAG } from './popover/popover-host';

const isOwnNode = (node: Node) => {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeName === HOST_TAG.toUpperCase()) return true;
  return false;
};

function main(): void {
  if (!isHtmlDocument(document)) {
    // Not a web page (an image, a PDF): say so, and leave it alone.
    void callUntilAnswered('reportPage', {
      kind: 'not-html',
      url: location.href,
      contentType: document.contentType.slice(0, 200),
    });
    return;
  }
  // First, so that its check of the reader's input runs before any listener of Lentera's.
  const orphan = watchForOrphaning({ win: window, onOrphaned: () => end() });
  const controller = createPageController({
    doc: document,
    isOwnNode,
    language: {
      detect: (text) => browser.i18n.detectLanguage(text),
      async guess(text) {
        const reply = await callUntilAnswered('guessLanguage', { text });
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
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (LOCAL_KEYS.settings in changes) follow().catch(() => undefined);
    if (vocabularyChanged(changes, area)) controller.vocabularyChanged();
  };
  browser.storage.onChanged.addListener(onStorage);
  const log = (line: string) => console.debug(`[lentera] ${line}`);
  const onMessage = (message: unknown) => {
    if (!orphan.check()) return undefined;
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
  };
  browser.runtime.onMessage.addListener(onMessage);
  function end() {
    const started = performance.now();
    controller.end();
    // The browser has let go of these already; taking them off is for the record, and may throw.
    try {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // An invalidated context: nothing left to remove.
    }
    console.debug('[lentera] the extension is gone: this page is left as it was');
    // For tests: the script has removed every trace and will do nothing more.
    measure('lentera:ended', started);
  }
  follow().catch((error: unknown) => console.debug('[lentera] gave up on this page:', error));
}

if (window.top === window) {
  try {
    main();
  } catch (error) {
    console.debug('[lentera] gave up on this page:', error);
  }
}

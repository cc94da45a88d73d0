// Content script (top frame, document_idle): examines the page, tells the background, and
// examines it again when the page changes, while Lentera is on for this site. Everything is
// caught: nothing may throw into the page.
import { browser } from '../shared/browser';
import { callBackground } from '../shared/call-background';
import { annotationsOn, loadSettings, SETTINGS_KEY } from '../shared/settings';
import type { Detection } from './article/detect-article';
import { examinePage, type LanguageTools } from './examine-page';
import { watchPage } from './page-watcher';

const language: LanguageTools = {
  detect: (text) => browser.i18n.detectLanguage(text),
  async guess(text) {
    const reply = await callBackground('guessLanguage', { text });
    return reply.ok ? reply.value.lang : null;
  },
};

let detection: Detection | null = null;
/** Present while Lentera is on for this page: aborting it removes every listener and observer. */
let running: AbortController | null = null;

async function examine(signal: AbortSignal): Promise<void> {
  const result = await examinePage(document, language);
  if (signal.aborted) return;
  detection = result.detection;
  const reply = await callBackground('reportPage', result.report);
  if (!reply.ok) console.debug('[lentera] report refused:', reply.error.message);
  const { report } = result;
  if (report.kind !== 'article') return;
  const annotated = await callBackground('annotate', {
    blocks: report.blocks.map((b) => b.text),
    pageLang: report.lang,
    readerLang: null,
    url: report.url,
  });
  // The background keeps the annotations for the tab (the popup's key terms; highlights next).
  if (!annotated.ok) console.debug('[lentera] annotation failed:', annotated.error.message);
}

function current() {
  if (detection?.kind !== 'article') return { container: null, probes: [] };
  const nodes = detection.blocks.flatMap((b) => b.segments.map((s) => s.node));
  // A few nodes from the start, middle and end are enough to notice a replaced article.
  const probes = [nodes[0], nodes[Math.floor(nodes.length / 2)], nodes[nodes.length - 1]].filter(
    (n): n is Text => n !== undefined,
  );
  return { container: detection.container, probes };
}

function start(): void {
  const controller = new AbortController();
  running = controller;
  const { signal } = controller;
  const examineNow = () => {
    examine(signal).catch((error: unknown) => console.debug('[lentera] examination failed:', error));
  };
  examineNow();
  watchPage(document, { signal, current, isOwnNode: () => false, onChange: examineNow });
}

function stop(): void {
  running?.abort();
  running = null;
  detection = null;
  void callBackground('reportPage', { kind: 'off', url: location.href });
}

/** Starts or stops after the settings: at load, and whenever the reader changes them. */
async function follow(): Promise<void> {
  const on = annotationsOn(await loadSettings(), location.hostname);
  if (on && !running) start();
  else if (!on && (running || detection === null)) stop();
}

function main(): void {
  const html = document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
  if (!html) {
    // Not a web page (an image, a PDF): say so, and leave it alone.
    void callBackground('reportPage', {
      kind: 'not-html',
      url: location.href,
      contentType: document.contentType.slice(0, 200),
    });
    return;
  }
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) follow().catch(() => undefined);
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

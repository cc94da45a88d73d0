// Content script (top frame, document_idle): examines the page, tells the background, marks the
// terms the background found, and examines the page again when it changes, while Lentera is on for
// this site. Everything is caught: nothing may throw into the page.
import { browser } from '../shared/browser';
import { callBackground } from '../shared/call-background';
import { parseContentMessage } from '../shared/content-messages';
import { annotationsOn, loadSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { DEFAULT_DETECT_OPTIONS, type Detection } from './article/detect-article';
import { setDiagnostics } from './diagnostics';
import { examinePage, isHtmlDocument, type LanguageTools } from './examine-page';
import { type WatchedArticle, watchPage } from './page-watcher';
import { HOST_TAG } from './popover/popover-host';
import { createTermLayer, type TermLayer } from './term-layer';

const language: LanguageTools = {
  detect: (text) => browser.i18n.detectLanguage(text),
  async guess(text) {
    const reply = await callBackground('guessLanguage', { text });
    return reply.ok ? reply.value.lang : null;
  },
};

let detection: Detection | null = null;
let layer: TermLayer | null = null;
/** Ends the current examination's layer (highlights, popover, listeners). */
let layerControl: AbortController | null = null;
/** Present while Lentera is on for this page: aborting it removes every listener and observer. */
let running: AbortController | null = null;
let settings: Settings | null = null;
/** The reader asked (in the popup) to read this page as an article whatever detection says. */
let forced = false;
/** Examines the page again (the reader's language changed, or the reader forced it). */
let reexamine: (() => void) | null = null;

async function examine(signal: AbortSignal): Promise<void> {
  const result = await examinePage(document, language, { force: forced }, async (html) => {
    // Readability runs in the background's DOM (Firefox) or an offscreen document (Chromium).
    const reply = await callBackground('parseArticle', {
      html,
      maxElements: DEFAULT_DETECT_OPTIONS.maxElements,
      timeBudgetMs: DEFAULT_DETECT_OPTIONS.timeBudgetMs,
    });
    return reply.ok ? reply.value : undefined;
  });
  if (signal.aborted) return;
  layerControl?.abort();
  layerControl = null;
  layer = null;
  detection = result.detection;
  watched = watchedOf(detection);
  const reply = await callBackground('reportPage', result.report);
  if (!reply.ok) console.debug('[lentera] report refused:', reply.error.message);
  const { report } = result;
  if (report.kind !== 'article' || detection?.kind !== 'article') return;
  const annotated = await callBackground('annotate', {
    blocks: report.blocks.map((b) => b.text),
    pageLang: report.lang,
    readerLang: null,
    url: report.url,
  });
  if (signal.aborted || detection?.kind !== 'article') return;
  if (!annotated.ok) {
    console.debug('[lentera] annotation failed:', annotated.error.message);
    return;
  }
  const control = new AbortController();
  signal.addEventListener('abort', () => control.abort(), { once: true });
  layerControl = control;
  layer = createTermLayer({
    doc: document,
    blocks: detection.blocks,
    annotations: annotated.value,
    settings: settings ?? (await loadSettings()),
    pageTitle: report.title,
    signal: control.signal,
  });
}

const NOTHING_WATCHED: WatchedArticle = { container: null, probes: [] };
/** What the page watcher checks on each batch of mutations: derived once per examination. */
let watched: WatchedArticle = NOTHING_WATCHED;

function watchedOf(found: Detection | null): WatchedArticle {
  if (found?.kind !== 'article') return NOTHING_WATCHED;
  const first = found.blocks[0]?.segments[0]?.node;
  const middleBlock = found.blocks[Math.floor(found.blocks.length / 2)];
  const lastBlock = found.blocks[found.blocks.length - 1];
  // A few nodes from the start, middle and end are enough to notice a replaced article.
  const probes = [
    first,
    middleBlock?.segments[0]?.node,
    lastBlock?.segments[lastBlock.segments.length - 1]?.node,
  ].filter((n): n is Text => n !== undefined);
  return { container: found.container, probes };
}

const current = () => watched;

const isOwnNode = (node: Node) => {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeName === HOST_TAG.toUpperCase()) return true;
  return false;
};

function start(): void {
  const controller = new AbortController();
  running = controller;
  const { signal } = controller;
  const examineNow = () => {
    examine(signal).catch((error: unknown) => console.debug('[lentera] examination failed:', error));
  };
  reexamine = examineNow;
  examineNow();
  watchPage(document, { signal, current, isOwnNode, onChange: examineNow });
}

function stop(): void {
  running?.abort();
  running = null;
  reexamine = null;
  layerControl = null;
  layer = null;
  detection = null;
  watched = NOTHING_WATCHED;
  void callBackground('reportPage', { kind: 'off', url: location.href });
}

/** Starts or stops after the settings: at load, and whenever the reader changes them. */
async function follow(): Promise<void> {
  const before = settings;
  settings = await loadSettings();
  setDiagnostics(settings.diagnostics);
  const on = annotationsOn(settings, location.hostname);
  if (on && !running) start();
  else if (!on && (running || detection === null)) stop();
  // Cards and lookups are made for the reader's language: a new one means a new annotation.
  else if (on && before && before.readerLanguage !== settings.readerLanguage) reexamine?.();
  else if (on) layer?.updateSettings(settings);
}

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
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) follow().catch(() => undefined);
    if (area === 'local' && 'vocabulary' in changes) layer?.vocabularyChanged();
  });
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseContentMessage(raw);
    if (message?.method === 'annotateAnyway') {
      forced = true;
      if (!running) return Promise.resolve({ ok: true, value: false });
      reexamine?.();
      return Promise.resolve({ ok: true, value: true });
    }
    if (!message || !layer) return undefined;
    if (message.method === 'focusTerm') {
      const term = layer.step(message.params.direction);
      return Promise.resolve({ ok: true, value: term ? term.annotation.text : null });
    }
    if (message.method === 'lookUpSelection')
      return Promise.resolve({ ok: true, value: layer.lookUpSelection() });
    return Promise.resolve({ ok: true, value: layer.showEntry(message.params.entryId) });
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

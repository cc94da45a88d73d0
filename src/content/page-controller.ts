// Lentera on one page: examines it while Lentera is on for the site (at load, and when the page
// watcher says it changed), tells the background, annotates the article, and removes every trace
// when the reader switches it off. The state of the page lives here, in one object. Its calls to
// the background are sent again until answered (a worker stopped mid-way is only a delay), and
// `end` removes every trace without a word to the background (an orphaned script: orphan.ts).
import { callUntilAnswered } from '../contract/callers';
import { DEFAULT_DETECT_OPTIONS, type Detection } from '../dom/detect-article';
import { measure } from '../dom/diagnostics';
import { examinePage, type LanguageTools } from '../dom/examine-page';
import { type PageWatcher, type WatchedArticle, watchPage } from '../dom/page-watcher';
import { annotationsOn, type Settings } from '../shared/settings';
import { type AnnotatedPage, annotatePage } from './annotated-page';

const NOTHING_WATCHED: WatchedArticle = { container: null, probes: [] };

/** What the page watcher checks on each batch of mutations: derived once per examination. */
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

export interface PageControllerDeps {
  doc: Document;
  language: LanguageTools;
  /** Lentera's own nodes (the card), whose changes the watcher ignores. */
  isOwnNode(node: Node): boolean;
}

export function createPageController({ doc, language, isOwnNode }: PageControllerDeps) {
  /** Present while Lentera is on for this page: aborting it removes every listener and observer. */
  let running: AbortController | null = null;
  /** Ends the current examination's annotated page (highlights, card, listeners). */
  let pageControl: AbortController | null = null;
  let page: AnnotatedPage | null = null;
  let detection: Detection | null = null;
  let watched = NOTHING_WATCHED;
  let watcher: PageWatcher | null = null;
  let settings: Settings | null = null;
  /** The reader asked (in the popup) to read this page as an article whatever detection says. */
  let forced = false;
  /** Examinations begun, and the newest one whose findings the page shows (an older one that
   * finishes later, its answers slowed by a stopped worker, must not undo a newer one's). */
  let begun = 0;
  let shown = 0;
  /** Ended for good: the extension that made this script is gone. */
  let ended = false;

  const parse = async (html: string, signal: AbortSignal) => {
    // Readability runs in the background's DOM (Firefox) or an offscreen document (Chromium).
    const reply = await callUntilAnswered(
      'parseArticle',
      {
        html,
        maxElements: DEFAULT_DETECT_OPTIONS.maxElements,
        timeBudgetMs: DEFAULT_DETECT_OPTIONS.timeBudgetMs,
      },
      { signal },
    );
    return reply.ok ? reply.value : undefined;
  };

  /** `signal`: Lentera is on for the page; `nth`: this examination's number. */
  async function examine(signal: AbortSignal, nth: number): Promise<void> {
    const started = performance.now();
    const stale = () => signal.aborted || nth < shown;
    watcher?.examining();
    const result = await examinePage(doc, language, { force: forced }, (html) => parse(html, signal));
    if (stale()) return;
    shown = nth;
    pageControl?.abort();
    pageControl = null;
    page = null;
    detection = result.detection;
    watched = watchedOf(detection);
    watcher?.examined(detection?.kind === 'article');
    const reply = await callUntilAnswered('reportPage', result.report, { signal });
    if (stale()) return;
    if (!reply.ok) console.debug('[lentera] report refused:', reply.error.message);
    const { report } = result;
    if (report.kind !== 'article' || detection?.kind !== 'article') {
      measure('lentera:examined', started);
      return;
    }
    const annotated = await callUntilAnswered(
      'annotate',
      { blocks: report.blocks.map((b) => b.text), pageLang: report.lang, readerLang: null, url: report.url },
      { signal },
    );
    if (stale() || detection?.kind !== 'article') return;
    if (!annotated.ok) {
      console.debug('[lentera] annotation failed:', annotated.error.message);
      measure('lentera:examined', started);
      return;
    }
    const control = new AbortController();
    signal.addEventListener('abort', () => control.abort(), { once: true });
    pageControl = control;
    page = annotatePage({
      doc,
      blocks: detection.blocks,
      annotations: annotated.value,
      settings: settings as Settings,
      pageTitle: report.title,
      signal: control.signal,
    });
    measure('lentera:examined', started);
  }

  const examineNow = () => {
    const signal = running?.signal;
    if (!signal) return;
    examine(signal, ++begun).catch((error: unknown) => console.debug('[lentera] examination failed:', error));
  };

  function start(): void {
    running = new AbortController();
    // The watcher first: it is told when the first examination begins.
    watcher = watchPage(doc, {
      signal: running.signal,
      current: () => watched,
      isOwnNode,
      onChange: examineNow,
    });
    examineNow();
  }

  /** Removes every trace of Lentera from the page: highlights, card, listeners, observers. */
  function end(): void {
    running?.abort();
    running = null;
    pageControl = null;
    page = null;
    detection = null;
    watched = NOTHING_WATCHED;
    watcher = null;
  }

  function stop(): void {
    end();
    void callUntilAnswered('reportPage', { kind: 'off', url: doc.location.href });
  }

  return {
    /** Starts or stops after the settings: at load, and whenever the reader changes them. */
    follow(next: Settings): void {
      if (ended) return;
      const before = settings;
      settings = next;
      const on = annotationsOn(next, doc.location.hostname);
      if (on && !running) start();
      else if (!on && (running || detection === null)) stop();
      // Cards and lookups are made for the reader's language: a new one means a new annotation.
      else if (on && before && before.readerLanguage !== next.readerLanguage) examineNow();
      else if (on) page?.updateSettings(next);
    },
    vocabularyChanged: () => page?.vocabularyChanged(),
    /** Reads the page as an article whatever detection says; false while Lentera is off here. */
    annotateAnyway(): boolean {
      forced = true;
      if (!running || ended) return false;
      examineNow();
      return true;
    },
    page: () => page,
    /** The extension is gone (orphan.ts): every trace removed, and nothing more is done here. */
    end(): void {
      ended = true;
      end();
    },
  };
}

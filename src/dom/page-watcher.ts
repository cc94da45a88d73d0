// Watches a page for the changes that call for a new examination: an article that arrives late,
// an article replaced by client-side navigation, paragraphs appended to the article. Mutations
// are batched; Lentera's own nodes and changes outside the article are ignored.
import { measure } from './diagnostics';
import { isPageObject } from './page-objects';

export interface WatchedArticle {
  /** The live element that holds the article's blocks, or null when no article was found. */
  container: Element | null;
  /** Some live text nodes of the article: if they leave the page, the article was replaced. */
  probes: readonly Node[];
}

export interface WatcherOptions {
  /** Called, at most once per quiet period, when the page should be examined again. */
  onChange(reason: string): void;
  /** The article as last examined. */
  current(): WatchedArticle;
  /** Nodes of Lentera's own UI, whose changes are ignored. */
  isOwnNode(node: Node): boolean;
  /** Quiet time after the last relevant mutation before examining again. */
  quietMs?: number;
  /** A stream of changes is still examined at least this often. */
  maxWaitMs?: number;
  signal: AbortSignal;
}

/** Scripts, styles and templates that a page adds (ads, embeds) bring no text a reader reads. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);
const notProse = (node: Node) => NOT_PROSE.has(node.nodeName);

/** Text added outside an article before a page without one is examined again. */
const LATE_ARTICLE_CHARS = 400;

export interface PageWatcher {
  /**
   * An examination has begun: until it is over, text arriving on a page without an article is
   * counted, not acted on (the examination will say whether there is one), so a page that
   * changes all the time is not examined twice at load.
   */
  examining(): void;
  /**
   * The examination is over. Text that arrived meanwhile is a late article only if it found
   * none; otherwise the count starts again.
   */
  examined(foundArticle: boolean): void;
}

const IDLE_WATCHER: PageWatcher = { examining: () => undefined, examined: () => undefined };

export function watchPage(doc: Document, options: WatcherOptions): PageWatcher {
  const { signal } = options;
  if (signal.aborted) return IDLE_WATCHER;
  const quietMs = options.quietMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const win = doc.defaultView;
  if (!win) return IDLE_WATCHER;
  let lastUrl = doc.location.href;
  let pendingReason: string | null = null;
  let firstPending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let addedText = 0;
  let examining = false;

  const schedule = (reason: string) => {
    if (signal.aborted) return;
    const now = Date.now();
    if (pendingReason === null) firstPending = now;
    pendingReason = pendingReason ?? reason;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstPending + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };
  const fire = () => {
    const reason = pendingReason;
    pendingReason = null;
    addedText = 0;
    if (reason && !signal.aborted) options.onChange(reason);
  };
  const checkUrl = () => {
    if (doc.location.href !== lastUrl) {
      lastUrl = doc.location.href;
      schedule('navigation');
      return true;
    }
    return false;
  };

  const observer = new MutationObserver((records) => {
    const started = performance.now();
    // For tests and profiling: each batch of mutations Lentera looked at, and what it decided.
    const seen = (decision: string) => measure('lentera:watched', started, performance.now(), decision);
    if (checkUrl()) return seen('navigation');
    const { container, probes } = options.current();
    if (examining && !container) {
      // Counted, not acted on: `examined` decides once the examination is over.
      for (const record of records)
        for (const added of Array.from(record.addedNodes))
          if (!options.isOwnNode(added) && !options.isOwnNode(record.target) && !notProse(added))
            addedText += added.textContent?.length ?? 0;
      return seen('examining');
    }
    if (container && probes.some((p) => !p.isConnected)) {
      schedule('article replaced');
      return seen('article replaced');
    }
    for (const record of records) {
      if (options.isOwnNode(record.target)) continue;
      for (const added of Array.from(record.addedNodes)) {
        if (options.isOwnNode(added) || notProse(added) || notProse(record.target)) continue;
        const text = added.textContent?.length ?? 0;
        if (text === 0) continue;
        if (container) {
          if (container.contains(added) || container === record.target) {
            schedule('article grew');
            return seen('article grew');
          }
        } else {
          addedText += text;
          if (addedText >= LATE_ARTICLE_CHARS) {
            schedule('content arrived');
            return seen('content arrived');
          }
        }
      }
    }
    seen('ignored');
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  win.addEventListener('popstate', checkUrl, { signal });
  win.addEventListener('hashchange', checkUrl, { signal });
  // The Navigation API reports same-document navigations (pushState) where the browser has it.
  // (A page's element named "navigation" where the browser has none is not it.)
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation && !isPageObject(navigation) && typeof navigation.addEventListener === 'function')
    navigation.addEventListener('navigatesuccess', checkUrl, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  return {
    examining() {
      examining = true;
    },
    examined(foundArticle) {
      examining = false;
      if (foundArticle) addedText = 0;
      else if (addedText >= LATE_ARTICLE_CHARS) schedule('content arrived');
    },
  };
}

// Many vocabulary saves from several tabs while the service worker is stopped at random: the
// reader's own clicks on the word cards (a page's script cannot save), a few saves in flight at
// once (one per tab), and a stopper that stops the worker every `stopEveryMs` on average. Each
// save ends as the card shows it: saved, failed, or never answered; then what the vocabulary holds
// is compared with what the reader was told. Used by the e2e test (a few dozen saves) and by the
// benchmark (tests/bench/saves.bench.ts, 1,000).
import type { ExtensionBrowser } from './harness';
import { ArticlePage, type ExtensionPage } from './pages';

export interface StormOptions {
  /** An article page with its body in `.article-body`. */
  url: string;
  tabs: number;
  saves: number;
  /** The mean time between two stops of the worker (each 0.5–1.5 × this). */
  stopEveryMs: number;
  /** How many distinct words to save (fewer than the saves: each is saved again, known then). */
  distinct?: number;
  /** How long a burst of stops (every 50–150 ms) aimed at half the saves lasts. */
  burstMs: number;
  /** The page's language and the reader's (for the words the lexicon knows). */
  pageLang: string;
  readerLang: string;
  log?: (line: string) => void;
}

export interface StormResult {
  saves: number;
  /** Shown to the reader as saved. */
  saved: number;
  /** Shown to the reader as failed. */
  failed: number;
  /** Neither, within the wait. */
  unanswered: number;
  /** Words whose last save was shown as saved, and the vocabulary holds otherwise (or not at all). */
  lost: number;
  /** A word's only save, shown as failed, and in the vocabulary all the same. */
  failedButStored: number;
  /** Words passed over: no card opened where the pointer rested. */
  skipped: number;
  stops: number;
  ms: number;
}

type Status = 'learning' | 'known';

/** What the word card says of its save as `status`: saved, failed, or still saving (null). */
const outcome = (root: ShadowRoot, status: Status) => {
  const [done, other] =
    status === 'known' ? ['.known', '.save:not(.known)'] : ['.save:not(.known)', '.known'];
  return root.querySelector(`${done}:disabled`) && root.querySelector(`${other}:enabled`)
    ? 'saved'
    : root.querySelector('.actions .hint')
      ? 'failed'
      : null;
};

/** Words of the page that the lexicon knows, one per saved form (the text the vocabulary keeps). */
async function knownWords(
  page: ArticlePage,
  extension: ExtensionPage,
  options: StormOptions,
  wanted: number,
) {
  const words = await page.page.evaluate(() => {
    const text = document.querySelector('.article-body')?.textContent ?? '';
    // Lower-case words only: a capitalised one may be a name, whose card is a glossary card.
    return [...new Set(text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}{4,}(?![\p{L}\p{N}'’-])/gu) ?? [])];
  });
  const chosen: { word: string; saved: string }[] = [];
  const forms = new Set<string>();
  for (const word of words) {
    if (chosen.length >= wanted) break;
    const reply = (await extension.call('lookupWord', {
      word,
      before: [],
      after: [],
      pageLang: options.pageLang,
      readerLang: options.readerLang,
    })) as { ok: boolean; value?: { result: { text: string } | null } };
    const saved = reply.value?.result?.text;
    if (!saved || forms.has(saved.toLocaleLowerCase())) continue;
    forms.add(saved.toLocaleLowerCase());
    chosen.push({ word, saved });
  }
  return chosen;
}

export async function saveStorm(
  browser: ExtensionBrowser,
  extension: ExtensionPage,
  options: StormOptions,
): Promise<StormResult> {
  const log = options.log ?? (() => undefined);
  if (!browser.stopBackground) throw new Error('this browser cannot stop its background from outside');
  const pages: ArticlePage[] = [];
  for (let i = 0; i < options.tabs; i++)
    pages.push(await ArticlePage.openAnnotated(browser, extension, options.url));
  // More words than saves: a word whose card does not open where the pointer rests is passed over.
  const wanted = options.distinct ?? Math.ceil(options.saves * 1.5);
  const words = await knownWords(pages[0] as ArticlePage, extension, options, wanted);
  if (words.length < wanted) log(`only ${words.length} words to save on ${options.url}`);
  log(`${words.length} words, ${options.tabs} tabs`);

  let stopping = true;
  // The stops are aimed at the saves: none while a card is being opened (a word's lookup in a
  // worker stopped every few hundred milliseconds is another matter, not measured here).
  let opening = false;
  let stops = 0;
  const stopper = (async () => {
    while (stopping && Number.isFinite(options.stopEveryMs)) {
      await new Promise((resolve) => setTimeout(resolve, options.stopEveryMs * (0.5 + Math.random())));
      if (!stopping) break;
      while (opening && stopping) await new Promise((resolve) => setTimeout(resolve, 10));
      await browser.stopBackground?.().catch(() => undefined);
      stops++;
    }
  })();

  const started = Date.now();
  const results: { saved: string; status: Status; shown: 'saved' | 'failed' | null }[] = [];
  let next = 0;
  let skipped = 0;
  const aimed: Promise<void>[] = [];
  const burst = async (after: number) => {
    await new Promise((resolve) => setTimeout(resolve, after));
    const end = Date.now() + options.burstMs;
    while (Date.now() < end) {
      await browser.stopBackground?.().catch(() => undefined);
      stops++;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  };
  try {
    // More saves than words: the words are saved again, "learning" on the first pass, "known" on
    // the second, and so on, so the last answer for each word must be what the vocabulary holds.
    for (let round = 0; results.length < options.saves && skipped < words.length; round++) {
      // One save in flight per tab: open a card in each tab, click each button, then read each
      // card's answer.
      const opened: { page: ArticlePage; saved: string; status: Status }[] = [];
      opening = true;
      for (const page of pages) {
        if (results.length + opened.length >= options.saves) break;
        for (; skipped < words.length; next++) {
          const { word, saved } = words[next % words.length] as { word: string; saved: string };
          const status: Status = Math.floor(next / words.length) % 2 === 0 ? 'learning' : 'known';
          await page.page.bringToFront();
          const title = await openCard(page, word);
          if (title !== null) {
            // What the card saves is what it shows (a multiword expression: "think of").
            opened.push({ page, saved: title || saved, status });
            next++;
            break;
          }
          skipped++;
          log(`no card for ${word}`);
        }
      }
      opening = false;
      for (const { page, status } of opened) {
        await page.page.bringToFront();
        await page.clickInPopover(status === 'known' ? '.known' : '.save:not(.known)');
        // Half the saves also meet a burst of stops from their first 40 ms on, for longer than a
        // single message's retries last: on the way, while stored, or while answered.
        if (options.burstMs > 0 && Math.random() < 0.5) aimed.push(burst(Math.random() * 40));
      }
      for (const { page, saved, status } of opened) {
        const shown = await page.page.waitForCard(outcome, status, 30_000).catch(() => null);
        results.push({ saved, status, shown: shown as 'saved' | 'failed' | null });
        const why =
          shown === 'failed'
            ? ` (${await page.page.inCard((root) => root.querySelector('.actions .hint')?.textContent ?? '')})`
            : '';
        log(`save ${results.length}: ${saved} as ${status}: ${shown ?? 'no answer'}${why}`);
        await page.page.press('Escape');
      }
      if (round % 10 === 0) log(`${results.length} saves, ${stops} stops`);
    }
  } finally {
    stopping = false;
    await stopper;
    await Promise.all(aimed);
  }
  const ms = Date.now() - started;
  const stored = new Map(
    ((await extension.call('listVocabulary', {})) as { value: { text: string; status: Status }[] }).value.map(
      (i) => [i.text.toLocaleLowerCase(), i.status],
    ),
  );
  for (const page of pages) await page.page.close();
  // Each word's saves in order: its last one, if shown saved, is what the vocabulary must hold.
  const byWord = new Map<string, typeof results>();
  for (const r of results)
    byWord.set(r.saved.toLocaleLowerCase(), [...(byWord.get(r.saved.toLocaleLowerCase()) ?? []), r]);
  let lost = 0;
  let failedButStored = 0;
  for (const [word, saves] of byWord) {
    const last = saves.at(-1) as (typeof results)[number];
    if (last.shown === 'saved' && stored.get(word) !== last.status) {
      lost++;
      log(`shown as saved (${last.status}), vocabulary holds ${stored.get(word) ?? 'nothing'}: ${word}`);
    }
    // A word's only save, shown failed, and stored all the same.
    if (saves.length === 1 && last.shown === 'failed' && stored.has(word)) failedButStored++;
  }
  return {
    saves: results.length,
    saved: results.filter((r) => r.shown === 'saved').length,
    failed: results.filter((r) => r.shown === 'failed').length,
    unanswered: results.filter((r) => r.shown === null).length,
    lost,
    failedButStored,
    skipped,
    stops,
    ms,
  };
}

/**
 * Rests the pointer on a word until its card opens (a stopped worker may miss the first rest);
 * answers the card's title, or null.
 */
async function openCard(page: ArticlePage, word: string): Promise<string | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.page.mouseMove(5, 5);
    await page.hover('.article-body', word);
    const title = await page.page
      .waitForCard(
        (root) =>
          root.querySelector('.word-card .save')
            ? (root.querySelector('#lentera-title')?.textContent ?? '')
            : null,
        undefined,
        4_000,
      )
      .catch(() => null);
    if (title !== null) return title.trim();
  }
  return null;
}

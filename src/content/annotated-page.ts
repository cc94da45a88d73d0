// Everything Lentera adds to an annotated page, wired from one module per feature: glossary terms
// and their cards, word lookup and its card, vocabulary colours. Built for one examination of the
// page; aborting `signal` removes every trace (highlights, the card, listeners, timers).
import type { AnnotateReply } from '../contract/background-api';
import type { LiveBlock } from '../dom/blocks';
import type { Settings } from '../shared/settings';
import { openTermCard } from './features/glossary-card';
import { startGlossaryTerms } from './features/glossary-terms';
import { startVocabularyColours } from './features/vocabulary-colours';
import { openWordCard } from './features/word-card';
import { startWordLookup, type WordTarget } from './features/word-lookup';
import { createTermInteraction } from './interaction';
import { extensionAlive } from './orphan';
import type { PageContext } from './page-context';
import { createPopoverHost } from './popover/popover-host';

export interface AnnotatedPageInput {
  doc: Document;
  blocks: readonly LiveBlock[];
  annotations: AnnotateReply;
  settings: Settings;
  pageTitle: string;
  signal: AbortSignal;
}

/** How often the highlights are checked (a page may clear CSS.highlights), in ms. */
const WATCHDOG_MS = 1000;

export function annotatePage(input: AnnotatedPageInput) {
  const { doc, signal } = input;
  let settings = input.settings;
  const popover = createPopoverHost(doc);
  // The features below are made before any event can reach these callbacks.
  const interaction = createTermInteraction({
    doc,
    signal,
    open: (term) => openTermCard(ctx, term),
    wordAt: (caret, x, y, mods) => words.wordAt(caret, x, y, mods),
    openWord: (hit, by) => void openWordCard(ctx, hit as WordTarget, by, signal),
    close: () => popover.hide(),
    isOpen: () => popover.isOpen(),
    inPopover: (target) => popover.contains(target),
    focusPopover: () => popover.focus(),
  });
  const ctx: PageContext = {
    doc,
    blocks: input.blocks,
    annotations: input.annotations,
    pageTitle: input.pageTitle,
    settings: () => settings,
    popover,
    interaction,
  };
  const terms = startGlossaryTerms(ctx, signal);
  const words = startWordLookup(ctx);
  const colours = startVocabularyColours(ctx, signal);

  const watchdog = setInterval(() => {
    // An orphaned script puts nothing back: the new script's highlights may have the same names.
    if (!extensionAlive()) return;
    terms.restore();
    colours.restore();
  }, WATCHDOG_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(watchdog);
      interaction.close();
      popover.hide();
    },
    { once: true },
  );

  return {
    ranges: terms.ranges,
    step: terms.step,
    showEntry: terms.showEntry,
    lookUpSelection: words.lookUpSelection,
    updateSettings(next: Settings) {
      settings = next;
      terms.settingsChanged();
      colours.redraw();
    },
    /** The vocabulary changed (in this tab or another): redraw its colours. */
    vocabularyChanged: () => colours.redraw(),
  };
}

export type AnnotatedPage = ReturnType<typeof annotatePage>;

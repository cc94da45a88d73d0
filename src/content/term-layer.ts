// Everything Lentera adds to an annotated page: highlights, the popover, the pointer and keyboard
// handling. Built for one examination of the page; `destroy` (or the signal) removes every trace.
import { sentenceAround } from '../core/sentence-around';
import { callBackground } from '../shared/call-background';
import { t } from '../shared/i18n';
import type { AnnotateReply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { LiveBlock } from './article/blocks';
import { measure } from './diagnostics';
import { createHighlighter } from './highlights/highlighter';
import { type TermRange, termRanges } from './highlights/term-ranges';
import { createPopoverHost } from './popover/popover-host';
import { createTermInteraction } from './term-interaction';

export interface TermLayerInput {
  doc: Document;
  blocks: readonly LiveBlock[];
  annotations: AnnotateReply;
  settings: Settings;
  pageTitle: string;
  signal: AbortSignal;
}

/** How often the highlights are checked (a page may clear CSS.highlights), in ms. */
const WATCHDOG_MS = 1000;

export function createTermLayer(input: TermLayerInput) {
  const { doc, blocks, annotations, signal } = input;
  let settings = input.settings;
  const win = doc.defaultView as Window;
  const highlighter = createHighlighter(win);
  const popover = createPopoverHost(doc);
  const started = performance.now();
  const ranges = termRanges(doc, blocks, annotations.annotations);
  highlighter.apply(ranges, settings.highlightDensity);
  measure('lentera:highlights', started);

  const open = (term: TermRange) => {
    const opening = performance.now();
    const a = term.annotation;
    const entry = a.entryId ? (annotations.entries[a.entryId] ?? null) : null;
    const reader = annotations.readerLang;
    const name = entry?.labels[reader]?.name ?? entry?.labels[annotations.pageLang]?.name ?? a.text;
    const gloss = entry?.gloss[reader] ?? null;
    popover.show(
      term.range,
      {
        term: a.text,
        entry,
        pageLang: annotations.pageLang,
        readerLang: reader,
        bothGlosses: settings.bothGlosses,
        onPointerEnter: () => interaction.onPopoverEnter(),
        onPointerLeave: () => interaction.onPopoverLeave(),
        async onSave() {
          const block = blocks[a.block];
          const reply = await callBackground('saveTerm', {
            text: a.text,
            entryId: a.entryId,
            name: entry ? name : null,
            gloss,
            lang: annotations.pageLang,
            readerLang: reader,
            sentence: block ? sentenceAround(block.text, a.start, a.end) : a.text,
            pageTitle: input.pageTitle.slice(0, 2000),
            url: annotations.url,
          });
          return reply.ok;
        },
      },
      entry ? `${a.text}: ${name}. ${gloss ?? ''}` : `${a.text}: ${t('unknownTerm')}`,
    );
    // Visible once the next frame has been painted.
    win.requestAnimationFrame(() => setTimeout(() => measure('lentera:popover', opening), 0));
  };

  const interaction = createTermInteraction({
    doc,
    signal,
    open,
    close: () => popover.hide(),
    isOpen: () => popover.isOpen(),
    inPopover: (target) => popover.contains(target),
    focusPopover: () => popover.focus(),
  });
  interaction.setRanges(ranges);

  const watchdog = setInterval(() => highlighter.restore(), WATCHDOG_MS);
  const destroy = () => {
    clearInterval(watchdog);
    interaction.close();
    popover.hide();
    highlighter.clear();
  };
  signal.addEventListener('abort', destroy, { once: true });

  return {
    ranges,
    step: (direction: 'next' | 'previous') => interaction.step(direction),
    showEntry(entryId: string): boolean {
      const term = ranges.find((r) => r.annotation.entryId === entryId);
      if (term) interaction.show(term);
      return term !== undefined;
    },
    updateSettings(next: Settings) {
      settings = next;
      highlighter.apply(ranges, settings.highlightDensity);
    },
    /** The popover's element while it is shown (Lentera's own node, ignored by the page watcher). */
    popoverElement: () => popover.element(),
    destroy,
  };
}

export type TermLayer = ReturnType<typeof createTermLayer>;

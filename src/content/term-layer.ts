// Everything Lentera adds to an annotated page: highlights, the popover, the pointer and keyboard
// handling. Built for one examination of the page; `destroy` (or the signal) removes every trace.

import { h } from 'preact';
import { sentenceAround } from '../core/sentence-around';
import { callBackground } from '../shared/call-background';
import { t } from '../shared/i18n';
import type { AnnotateReply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { LiveBlock } from './article/blocks';
import { measure } from './diagnostics';
import { createHighlighter } from './highlights/highlighter';
import { type TermRange, termRanges } from './highlights/term-ranges';
import { Popover } from './popover/popover';
import { createPopoverHost } from './popover/popover-host';
import { WordCard } from './popover/word-card';
import {
  createTermInteraction,
  type Modifiers,
  type OpenedBy,
  onRange,
  type WordHit,
} from './term-interaction';
import { createVocabularyLayer } from './vocabulary-layer';
import { createWordFinder, type WordTarget } from './word-finder';

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
      h(Popover, {
        term: a.text,
        entry,
        pageLang: annotations.pageLang,
        readerLang: reader,
        bothGlosses: settings.bothGlosses,
        onPointerEnter: () => interaction.onPopoverEnter(),
        onPointerLeave: () => interaction.onPopoverLeave(),
        async onSave() {
          const block = blocks[a.block];
          const reply = await callBackground('saveVocabulary', {
            kind: 'term',
            text: a.text.slice(0, 200),
            root: '',
            entryId: a.entryId ?? '',
            name: entry ? name.slice(0, 200) : '',
            gloss: (gloss ?? '').slice(0, 500),
            status: 'learning',
            lang: annotations.pageLang,
            readerLang: reader,
            sentence: block ? sentenceAround(block.text, a.start, a.end) : a.text,
            pageTitle: input.pageTitle.slice(0, 300),
            url: httpUrl(annotations.url),
          });
          return reply.ok;
        },
      }),
      entry ? `${a.text}: ${name}. ${gloss ?? ''}` : `${a.text}: ${t('unknownTerm')}`,
    );
    // Visible once the next frame has been painted.
    win.requestAnimationFrame(() => setTimeout(() => measure('lentera:popover', opening), 0));
  };

  // Word lookup: any word of the article, when the page is in another language than the reader's.
  const words = createWordFinder(blocks, annotations.pageLang);
  const wordAt = (
    caret: { node: Node; offset: number },
    x: number,
    y: number,
    mods: Modifiers,
  ): WordTarget | null => {
    const mode = settings.wordLookup;
    if (mode === 'off' || annotations.pageLang === annotations.readerLang) return null;
    if (mode === 'modifier' && !mods.shift && !mods.alt) return null;
    const hit = words.at(doc, caret);
    if (!hit) return null;
    try {
      return onRange(hit.range, x, y) ? hit : null;
    } catch {
      return null;
    }
  };
  const openWord = async (hit: WordHit, by: OpenedBy) => {
    const target = hit as WordTarget;
    const reply = await callBackground('lookupWord', {
      word: target.around.word,
      before: target.around.before,
      after: target.around.after,
      pageLang: annotations.pageLang,
      readerLang: annotations.readerLang,
    });
    // The pointer may have moved on while the background answered.
    if (signal.aborted || interaction.currentWord() !== hit) return;
    if (!reply.ok || (!reply.value.result && by === 'pointer' && settings.wordLookup === 'on')) {
      popover.hide();
      return;
    }
    const result = reply.value.result;
    const block = blocks[target.block];
    popover.show(
      hit.range,
      h(WordCard, {
        word: target.around.word,
        reply: reply.value,
        pageLang: annotations.pageLang,
        onPointerEnter: () => interaction.onPopoverEnter(),
        onPointerLeave: () => interaction.onPopoverLeave(),
        async onSave(status) {
          const saved = await callBackground('saveVocabulary', {
            kind: 'word',
            text: (result?.text ?? target.around.word).slice(0, 200),
            root: result?.root ?? '',
            entryId: '',
            name: '',
            gloss: (result?.glosses.slice(0, 4).join('; ') ?? '').slice(0, 500),
            status,
            lang: annotations.pageLang,
            readerLang: reply.value.readerLang,
            sentence: block ? sentenceAround(block.text, target.around.start, target.around.end) : '',
            pageTitle: input.pageTitle.slice(0, 300),
            url: httpUrl(annotations.url),
          });
          return saved.ok;
        },
      }),
      result
        ? `${result.text}: ${result.glosses.slice(0, 2).join('; ')}${result.root ? `. ${t('rootLabel')} ${result.root}` : ''}`
        : `${target.around.word}: ${t('wordNotFound')}`,
    );
  };

  const interaction = createTermInteraction({
    doc,
    signal,
    open,
    wordAt,
    openWord: (hit, by) => void openWord(hit, by),
    close: () => popover.hide(),
    isOpen: () => popover.isOpen(),
    inPopover: (target) => popover.contains(target),
    focusPopover: () => popover.focus(),
  });
  interaction.setRanges(ranges);

  const vocabulary = createVocabularyLayer(doc, blocks, annotations.pageLang);
  if (settings.colourVocabulary) void vocabulary.draw();

  const watchdog = setInterval(() => {
    highlighter.restore();
    vocabulary.restore();
  }, WATCHDOG_MS);
  const destroy = () => {
    clearInterval(watchdog);
    vocabulary.clear();
    interaction.close();
    popover.hide();
    highlighter.clear();
  };
  signal.addEventListener('abort', destroy, { once: true });

  return {
    ranges,
    step: (direction: 'next' | 'previous') => interaction.step(direction),
    /** The keyboard's word lookup: the word at the start of the reader's selection. */
    lookUpSelection(): boolean {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0 || annotations.pageLang === annotations.readerLang)
        return false;
      const range = selection.getRangeAt(0);
      const hit = words.at(doc, { node: range.startContainer, offset: range.startOffset });
      if (hit) interaction.showWord(hit);
      return hit !== null;
    },
    showEntry(entryId: string): boolean {
      const term = ranges.find((r) => r.annotation.entryId === entryId);
      if (term) interaction.show(term);
      return term !== undefined;
    },
    updateSettings(next: Settings) {
      settings = next;
      highlighter.apply(ranges, settings.highlightDensity);
      if (settings.colourVocabulary) void vocabulary.draw();
      else vocabulary.clear();
    },
    /** The vocabulary changed (in this tab or another): redraw its colours. */
    vocabularyChanged() {
      if (settings.colourVocabulary) void vocabulary.draw();
    },
    /** The popover's element while it is shown (Lentera's own node, ignored by the page watcher). */
    popoverElement: () => popover.element(),
    destroy,
  };
}

export type TermLayer = ReturnType<typeof createTermLayer>;

/** The page's address for the vocabulary: http(s) only (a file: or data: page keeps none). */
function httpUrl(url: string): string {
  return /^https?:\/\//i.test(url) && url.length <= 2048 ? url : '';
}

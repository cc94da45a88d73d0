// Glossary terms on the page: the annotation's live ranges, drawn as highlights after the density
// setting (the page's text is never touched), reachable by pointer, touch and keyboard through the
// shared interaction, and put back when a page clears CSS.highlights.

import { hasContent } from '../../core/names/profiles';
import { measure } from '../../dom/diagnostics';
import { type TermRange, termRanges } from '../../dom/ranges';
import { createHighlighter } from '../highlights/highlighter';
import type { PageContext } from '../page-context';

export function startGlossaryTerms(ctx: PageContext, signal: AbortSignal) {
  const started = performance.now();
  const highlighter = createHighlighter(ctx.doc.defaultView as Window);
  const profiles = ctx.annotations.profiles ?? {};
  /** A name no pack knows, of which the article says something (drawn like a term). */
  const explained = (t: TermRange) => {
    const p = t.annotation.profile ? profiles[t.annotation.profile] : undefined;
    return p !== undefined && hasContent(p);
  };
  const ranges = termRanges(ctx.doc, ctx.blocks, ctx.annotations.annotations);
  highlighter.apply(ranges, ctx.settings().highlightDensity, explained);
  ctx.interaction.setRanges(ranges);
  measure('lentera:highlights', started);
  signal.addEventListener('abort', () => highlighter.clear(), { once: true });
  return {
    ranges,
    /** The next or previous term in reading order, opened (the keyboard commands). */
    step: (direction: 'next' | 'previous'): TermRange | null => ctx.interaction.step(direction),
    /** Scrolls to the first occurrence of an entry and opens its card (the popup's key terms). */
    showEntry(entryId: string): boolean {
      const term = ranges.find((r) => r.annotation.entryId === entryId);
      if (term) ctx.interaction.show(term);
      return term !== undefined;
    },
    settingsChanged: () => highlighter.apply(ranges, ctx.settings().highlightDensity, explained),
    restore: () => highlighter.restore(),
  };
}

// The words by which the article cleaner (src/dom/clean.ts) knows what is not the story: ad
// markers, bylines, class names of boxes. They are every registered language's (pages mix them:
// English class names on Indonesian sites, "READ …" leads in Indonesian text), built once into
// regular expressions. Related-link lines are src/core/related-links.ts.
import type { LanguageDescriptor, WordPattern } from './languages/descriptor';
import { descriptors } from './languages/registry';
import { escapeRegExp } from './text';

/**
 * One alternation of the patterns of every language (strings literal, each once); with no
 * pattern at all, one that never matches.
 */
function alternation(pick: (cleaning: LanguageDescriptor['cleaning']) => readonly WordPattern[]): string {
  const sources = descriptors
    .flatMap((d) => pick(d.cleaning))
    .map((p) => (typeof p === 'string' ? escapeRegExp(p) : p.source));
  return sources.length > 0 ? [...new Set(sources)].join('|') : '(?!)';
}

/** Class or id words of boxes that sit inside article bodies without being part of the story. */
export const NOISE_CLASS = new RegExp(
  `(?:^|[\\s_-])(?:${alternation((c) => c.noiseClassWords)})(?:$|[\\s_-])`,
  'i',
);

/** Class words of small boxes around the story: bylines, meta lines, labels, credits. */
export const LABEL_CLASS = new RegExp(
  `(?:^|[\\s_-])(?:${alternation((c) => c.labelClassWords)})(?:$|[\\s_-])`,
  'i',
);

/** Whole lines that only mark an ad or ask the reader to scroll. */
export const AD_MARKER_LINE = new RegExp(`^(?:${alternation((c) => c.adMarkerLines)})[\\s.:…]*$`, 'i');

/** A byline or a "by … | date" line near the top. */
export const BYLINE_LINE = new RegExp(`^(?:${alternation((c) => c.bylineLeads)})\\b\\s*[:\\-–]?`, 'i');

// Lines inside an article body that only point to other articles ("Baca juga: …", "READ …").
// Readability keeps them when they sit between paragraphs; they are not part of the story. The
// leads are every registered language's (pages mix them: "READ …" on Indonesian sites).
import { descriptors } from './languages/registry';
import { escapeRegExp } from './text';

/** Longest first, so that "baca juga" is taken whole rather than as "baca". */
const LEADS = [...new Set(descriptors.flatMap((d) => d.cleaning.relatedLinkLeads))].sort(
  (a, b) => b.length - a.length,
);

const LEAD = new RegExp(
  `^[\\s\\p{P}]*(?:${LEADS.map(escapeRegExp).join('|') || '(?!)'})\\b[\\s:：–—-]*`,
  'iu',
);

/**
 * True for a block that is a related-story link line: it starts with a lead such as "Baca juga"
 * and most of the rest of its text is link text. `text` may be the start of a block only, with
 * `length` the whole block's length.
 */
export function isRelatedLinkLine(text: string, linkTextLength: number, length = text.length): boolean {
  const lead = LEAD.exec(text);
  if (!lead) return false;
  const rest = length - lead[0].length;
  return rest === 0 || linkTextLength >= rest * 0.6;
}

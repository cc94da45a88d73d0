// Lines inside an article body that only point to other articles ("Baca juga: …", "READ …").
// Readability keeps them when they sit between paragraphs; they are not part of the story.

const LEADS = [
  'baca juga',
  'baca pula',
  'simak juga',
  'lihat juga',
  'simak',
  'baca',
  'artikel terkait',
  'berita terkait',
  'read also',
  'read more',
  'also read',
  'see also',
  'related',
  'read',
  'more:',
  'watch',
  'tonton juga',
];

const LEAD = new RegExp(
  `^[\\s\\p{P}]*(?:${LEADS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b[\\s:：–—-]*`,
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

// The gate on the parsed article: does what Readability found read as an article (prose, most of
// it not link text, in several blocks or one long one) or as a listing (teasers and links)? It
// decides on the article itself, mapped onto the live page, instead of on a guess made before
// parsing. Page-DOM code, no extension APIs.
import { countWords } from '../core/text';
import type { LiveBlock } from './blocks';

/**
 * Characters of prose an article has at least: Readability's own least article length (its
 * `charThreshold`). Characters, not words: Chinese or Japanese text has no spaces to count by.
 */
export const MIN_PROSE_CHARS = 500;
/** A block holds a sentence when this many characters of it are not link text. */
const SENTENCE_CHARS = 40;
/** Prose blocks an article has at least, unless one of them is long enough on its own. */
const MIN_PROSE_BLOCKS = 3;
/**
 * Under four headings or more that have prose under them, an article has more than this many
 * characters of prose a heading (about two sentences); a page of feature cards or teasers has a
 * sentence or so under each.
 */
const MIN_CHARS_PER_HEADING = 200;

const PROSE_KINDS = new Set(['paragraph', 'list-item', 'quote']);

const length = (b: LiveBlock) => b.text.trim().length;
/** Characters of the block that are not link text. */
const ownChars = (b: LiveBlock) => Math.max(0, length(b) - b.linkChars);
/** A paragraph, list item or quote with a sentence of its own text (not a link with a word or two). */
const isProse = (b: LiveBlock) =>
  PROSE_KINDS.has(b.kind) && ownChars(b) >= SENTENCE_CHARS && b.linkChars <= length(b) * 0.5;
/** A block that is nothing but a link (a teaser headline, a related story). */
const isLinkOnly = (b: LiveBlock) => b.linkChars > 15 && b.linkChars >= length(b) * 0.8;

export interface ProseFigures {
  /** Prose blocks (see `isProse`). */
  blocks: number;
  /** Their characters that are not link text. */
  chars: number;
  /** The longest of them, in characters that are not link text. */
  longest: number;
  /** Link text over all text, over every block of the article. */
  linkShare: number;
}

export function proseFigures(blocks: readonly LiveBlock[]): ProseFigures {
  let prose = 0;
  let chars = 0;
  let longest = 0;
  let all = 0;
  let links = 0;
  for (const b of blocks) {
    const n = length(b);
    all += n;
    links += Math.min(n, b.linkChars);
    if (!isProse(b)) continue;
    const own = ownChars(b);
    prose++;
    chars += own;
    longest = Math.max(longest, own);
  }
  return { blocks: prose, chars, longest, linkShare: all === 0 ? 0 : links / all };
}

/**
 * Why the parsed article does not read as prose, or null when it does: at least
 * `MIN_PROSE_CHARS` characters of prose outside links, in `MIN_PROSE_BLOCKS` blocks or one long
 * one, with less than half of all its text link text, and not a sentence or so under each of many
 * headings. Short paragraphs count, and so does text in `<div>`s without `<p>` (both of which
 * `isProbablyReaderable` passes over).
 */
export function lacksProse(blocks: readonly LiveBlock[]): string | null {
  const f = proseFigures(blocks);
  if (f.chars < MIN_PROSE_CHARS) return 'no article-like text';
  if (f.blocks < MIN_PROSE_BLOCKS && f.longest < MIN_PROSE_CHARS) return 'no article-like text';
  if (f.linkShare >= 0.5) return 'mostly links';
  const sections = proseUnderHeadings(blocks).filter((chars) => chars > 0);
  const underHeadings = sections.reduce((n, chars) => n + chars, 0);
  if (sections.length >= 4 && underHeadings / sections.length < MIN_CHARS_PER_HEADING)
    return 'a sentence or so under each of many headings';
  return null;
}

/**
 * For each heading, the characters of prose outside links under it (up to the next heading). A
 * heading with no prose under it (a sidebar's "Browse the calendar" over a grid of dates, a box
 * title over links) is no card of a page of cards, so the rule above counts only the headings
 * with prose under them: a short article under a sidebar of such headings is still an article.
 */
function proseUnderHeadings(blocks: readonly LiveBlock[]): number[] {
  const sections: number[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') sections.push(0);
    else if (sections.length > 0 && isProse(b)) sections.push((sections.pop() as number) + ownChars(b));
  }
  return sections;
}

/** Link-only blocks that make a list of links of their own (not one teaser's title). */
const LINK_LIST = 3;

/**
 * The article's main run of prose: from its first prose block to its last. A list of links before
 * it (a breadcrumb, tags) or after it (related stories under the story) is left out, when the run
 * holds an article's worth of prose; otherwise every block is. A list is `LINK_LIST` link-only
 * blocks or more: a single link before the first teaser of a listing is its title, and stays.
 */
export function mainRun(blocks: readonly LiveBlock[]): readonly LiveBlock[] {
  const first = blocks.findIndex(isProse);
  if (first < 0) return blocks;
  let last = blocks.length - 1;
  while (last > first && !isProse(blocks[last] as LiveBlock)) last--;
  const links = (part: readonly LiveBlock[]) => part.filter(isLinkOnly).length;
  const start = links(blocks.slice(0, first)) >= LINK_LIST ? first : 0;
  const end = links(blocks.slice(last + 1)) >= LINK_LIST ? last + 1 : blocks.length;
  if (start === 0 && end === blocks.length) return blocks;
  const run = blocks.slice(start, end);
  return proseFigures(run).chars >= MIN_PROSE_CHARS ? run : blocks;
}

/**
 * Listing pages (a category, a tag, search results) read like an article to Readability: many
 * teaser paragraphs. What gives them away is how many of their blocks are nothing but a link,
 * within the main run of prose (a list of related links after the story is no listing).
 */
export function looksLikeListing(all: readonly LiveBlock[]): boolean {
  const blocks = mainRun(all);
  const linkOnly = blocks.filter(isLinkOnly).length;
  if (linkOnly >= 8 && linkOnly >= blocks.length * 0.5) return true;
  const headings = blocks.filter((b) => b.kind === 'heading');
  const linkHeadings = headings.filter(isLinkOnly).length;
  if (linkHeadings < 4 || linkHeadings < headings.length * 0.5) return false;
  // Listings link every teaser's title, and under each title stands a teaser of a sentence or
  // two; an article that links its subheadings (a buyer's guide) has real text under each.
  const proseWords = blocks.filter((b) => b.kind === 'paragraph').reduce((n, b) => n + countWords(b.text), 0);
  return proseWords / linkHeadings < 60;
}

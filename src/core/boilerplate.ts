// The words by which the article cleaner (src/dom/clean.ts) knows what is not the story: ad
// markers, bylines, credit lines, reference headings, class names of boxes. They are every
// registered language's (pages mix them: English class names on Indonesian sites, "READ …" leads
// in Indonesian text), built once into regular expressions. Related-link lines are
// src/core/related-links.ts.
import type { LanguageDescriptor, WordPattern } from './languages/descriptor';
import { descriptors } from './languages/registry';
import { escapeRegExp } from './text';

type Cleaning = LanguageDescriptor['cleaning'];

/**
 * One alternation of the patterns of every language (strings literal, each once); with no
 * pattern at all, one that never matches. With `bounded`, a string that ends in a letter or digit
 * must end at a word boundary ("editor" is not the start of "editorial").
 */
function alternation(pick: (cleaning: Cleaning) => readonly WordPattern[], bounded = false): string {
  const sources = descriptors
    .flatMap((d) => pick(d.cleaning))
    .map((p) =>
      typeof p === 'string' ? escapeRegExp(p) + (bounded && /[\p{L}\p{N}]$/u.test(p) ? '\\b' : '') : p.source,
    );
  return sources.length > 0 ? [...new Set(sources)].join('|') : '(?!)';
}

/** A rule over a class or id attribute: `test` takes the whole attribute. */
export interface ClassRule {
  test(attribute: string): boolean;
}

// Parts of class names that name a container of the thing before them ("tag-cloud", "share-box",
// "comments-area", "related-posts"). Class names are English on sites in every language, and
// these are conventions of naming, not words of a language.
const CONTAINER_PARTS =
  'box(?:es)?|wrap(?:per)?|container|inner|outer|holder|list|links?|items?|posts?|articles?|stories|news|entries|cloud|area|section|block|widget|module|panel|bar|toolbar|tools|buttons?|btns?|icons?|slot|unit|placeholder|title|heading|header|footer|label|text|form|signup|content|info|card';
// Parts that only place or number a box, after what it is ("ad-slot-top", "ads-300x250",
// "sd-sharing-enabled", "iklan-tengah"): read in a class's block or element, never in a BEM
// modifier. The place words are every language's, numbers and sizes any.
const QUALIFIER_PARTS = `${alternation((c) => c.classPlaceWords)}|\\d\\w*`;

/**
 * A class rule made of box words, matched against whole class tokens, never substrings of the
 * attribute. The rule, for each token (split on whitespace):
 * - A BEM modifier (after `--`) is read apart from the block or element before it: both name
 *   something, but differently (`field--name-field-tags` is a field of tags; `field--label-hidden`
 *   is a field whose label is hidden, and names no label box).
 * - In each piece, the box word must be its last part (parts split on `-` and `_`: `tags`,
 *   `post-tags`, `entry-tags`, `article__tags`, `share-sosmed`), or be followed only by parts that
 *   name a container of it (`tag-cloud`, `share-box`, `komentar_list`); in the block or element,
 *   also by parts that place or number it (`ad-slot-top`, `ads-300x250`). A box word followed by
 *   anything else is a qualifier of another thing: `label-hidden`, `tag-amazon`.
 * - WordPress's taxonomy classes on the post itself, `tag-<slug>` and `category-<slug>`, never
 *   count, whatever the slug (`tag-comments`, `category-ads`, `tag-2024`), unless the rest is
 *   container parts only (`tag-list`, `tag-cloud`).
 * A box word must start at a part boundary: "shared-content", "uploads", "keterkaitan" hold none.
 */
function classRule(pick: (cleaning: Cleaning) => readonly WordPattern[]): ClassRule {
  const words = alternation(pick);
  const container = `(?:[_-]+(?:${CONTAINER_PARTS}))*`;
  const base = new RegExp(
    `^(?:.*[_-])?(?:${words})(?:[_-]+(?:${CONTAINER_PARTS}|${QUALIFIER_PARTS}))*$`,
    'i',
  );
  const modifier = new RegExp(`^(?:.*[_-])?(?:${words})${container}$`, 'i');
  const taxonomy = new RegExp(`^(?:tag|category)-(?!(?:${CONTAINER_PARTS})${container}$)`, 'i');
  const matches = (token: string): boolean => {
    // Longer tokens are generated names (hashes, serialised state), not names of boxes.
    if (token.length > 80 || taxonomy.test(token)) return false;
    const [head = '', ...modifiers] = token.split('--');
    return base.test(head) || modifiers.some((m) => modifier.test(m));
  };
  return {
    test(attribute: string): boolean {
      for (const token of attribute.split(/\s+/)) if (token && matches(token)) return true;
      return false;
    },
  };
}

/** Class or id words of boxes that sit inside article bodies without being part of the story. */
export const NOISE_CLASS: ClassRule = classRule((c) => c.noiseClassWords);

/** Class words of small boxes around the story: bylines, meta lines, labels, credits. */
export const LABEL_CLASS: ClassRule = classRule((c) => c.labelClassWords);

/** Whole lines that only mark an ad or ask the reader to scroll. */
export const AD_MARKER_LINE = new RegExp(`^(?:${alternation((c) => c.adMarkerLines)})[\\s.:…]*$`, 'i');

/** A byline or a "by … | date" line near the top. */
export const BYLINE_LINE = new RegExp(`^(?:${alternation((c) => c.bylineLeads)})\\b\\s*[:\\-–]?`, 'i');

/**
 * A credit line ("Editing by …", "(Reporting by …)", "Artikel ini telah tayang di …"): the start
 * of a block, after an opening bracket if any.
 */
export const CREDIT_LINE = new RegExp(`^[\\s([]*(?:${alternation((c) => c.creditLeads, true)})`, 'i');

/** The heading of a list of references or sources ("References", "Daftar pustaka", "References [edit]"). */
export const REFERENCE_HEADING = new RegExp(
  `^(?:${alternation((c) => c.referenceHeadings, true)})\\s*(?:\\[[^\\]]*\\])?[\\s.:]*$`,
  'i',
);

/**
 * A short author bio ("Jane Doe is a reporter at …", "Budi Santoso adalah wartawan …"): one to
 * four capitalised words, a copula of a language, up to three words, then a role of the same
 * languages. Roles and copulas of every language are pooled, as elsewhere here. Case-sensitive:
 * with the `i` flag `\p{Lu}` would take any letter.
 */
export const AUTHOR_BIO_LINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:${alternation((c) => c.bioCopulas, true)})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation((c) => c.bioRoles, true)})`,
  'u',
);

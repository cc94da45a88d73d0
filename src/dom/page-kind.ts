// Pages that Readability would happily read but that are not articles: forum threads, Q&A pages,
// search results, listings. Their own structured data says so, or their shape does.

const NON_ARTICLE_TYPES = new Set([
  'discussionforumposting',
  'qapage',
  'question',
  'searchresultspage',
  'collectionpage',
  'itemlist',
  'webapplication',
  'softwareapplication',
  'profilepage',
]);
const ARTICLE_TYPES =
  /article|blogposting|reportage|liveblog|newsarticle|analysisnewsarticle|opinionnewsarticle/i;

/** The @type values of the page's JSON-LD, lowercased (malformed blocks are skipped). */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type])
      if (typeof t === 'string') types.push(t.toLowerCase());
    if (record['@graph']) visit(record['@graph'], depth + 1);
    if (record.mainEntity) visit(record.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is common and says nothing.
    }
  }
  return types;
}

/** Why the page is not an article despite its prose, by what its structured data says, or null. */
export function looksLikeNonArticle(doc: Document): string | null {
  const types = jsonLdTypes(doc);
  const nonArticle = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (nonArticle && !types.some((t) => ARTICLE_TYPES.test(t)))
    return `the page describes itself as ${nonArticle}`;
  return null;
}

/** Posts a discussion has at least. */
const MIN_POSTS = 4;

/**
 * The posts of a discussion on the page (see `repeatedPosts`), or none when there are fewer than
 * `MIN_POSTS` or the page's structured data calls it an article. Posts alone do not make a
 * discussion page: an article often has a row of posts beside or under it (teasers of other
 * posts with their authors, reader posts under the story). `readsAsDiscussion` decides on the
 * parsed article.
 */
export function discussionPosts(doc: Document): Element[] {
  if (jsonLdTypes(doc).some((t) => ARTICLE_TYPES.test(t))) return [];
  const posts = repeatedPosts(doc);
  return posts.length >= MIN_POSTS ? posts : [];
}

/**
 * Whether the parsed article is the discussion: at least half of its text (of the blocks given,
 * each its element and its length) stands inside the posts. An article beside or over posts is
 * still an article.
 */
export function readsAsDiscussion(
  posts: readonly Element[],
  blocks: readonly { element: Element; text: string }[],
): boolean {
  if (posts.length < MIN_POSTS) return false;
  let inside = 0;
  let all = 0;
  for (const b of blocks) {
    const n = b.text.trim().length;
    all += n;
    if (posts.some((p) => p.contains(b.element))) inside += n;
  }
  return all > 0 && inside >= all / 2;
}

/**
 * Forum threads and comment pages repeat one container per post, each with an author and a date.
 * The largest group of sibling elements that share a post-like class and each hold an
 * author-like element.
 */
function repeatedPosts(doc: Document): Element[] {
  const candidates = doc.querySelectorAll(
    '[class~="post"],[class*="post-"],[class*="message"],[class~="reply"],[class*="topic-post"],[itemtype*="Comment"]',
  );
  const byParent = new Map<Element, Element[]>();
  for (const el of Array.from(candidates).slice(0, 500)) {
    const parent = el.parentElement;
    if (!parent || el.closest('[class*="comment"],#comments,[id*="comment"]')) continue;
    const hasAuthor = el.querySelector(
      '[class*="author"],[class*="user"],[rel="author"],[itemprop="author"]',
    );
    if (!hasAuthor) continue;
    const group = byParent.get(parent);
    if (group) group.push(el);
    else byParent.set(parent, [el]);
  }
  let largest: Element[] = [];
  for (const group of byParent.values()) if (group.length > largest.length) largest = group;
  return largest;
}

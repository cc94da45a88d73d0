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

/** Why the page is not an article despite its prose, or null when nothing says so. */
export function looksLikeNonArticle(doc: Document): string | null {
  const types = jsonLdTypes(doc);
  const declaresArticle = types.some((t) => ARTICLE_TYPES.test(t));
  const nonArticle = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (nonArticle && !declaresArticle) return `the page describes itself as ${nonArticle}`;
  if (declaresArticle) return null;
  const posts = repeatedPosts(doc);
  if (posts >= 4) return `a discussion of ${posts} posts`;
  return null;
}

/**
 * Forum threads and comment pages repeat one container per post, each with an author and a date.
 * Counts the largest group of sibling elements that share a post-like class and each hold a
 * <time> or a date-like line and an author-like element.
 */
function repeatedPosts(doc: Document): number {
  const candidates = doc.querySelectorAll(
    '[class~="post"],[class*="post-"],[class*="message"],[class~="reply"],[class*="topic-post"],[itemtype*="Comment"]',
  );
  const byParent = new Map<Element, number>();
  for (const el of Array.from(candidates).slice(0, 500)) {
    const parent = el.parentElement;
    if (!parent || el.closest('[class*="comment"],#comments,[id*="comment"]')) continue;
    const hasAuthor = el.querySelector(
      '[class*="author"],[class*="user"],[rel="author"],[itemprop="author"]',
    );
    if (!hasAuthor) continue;
    byParent.set(parent, (byParent.get(parent) ?? 0) + 1);
  }
  return Math.max(0, ...byParent.values());
}

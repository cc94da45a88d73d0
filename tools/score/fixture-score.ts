// The detection score over the fixture pages that have a gold file (tests/fixtures/pages/<slug>/
// expected.json, written by hand): article or not, and for articles the character precision and
// recall of the detected body against the gold blocks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDetector } from '../browser/detect-in-browser';
import type { BrowserKind } from '../browser/find-browsers';
import { mean, type Overlap, overlap, type TokenOverlap, tokenOverlap } from './overlap';

export interface Gold {
  article: boolean;
  lang: string;
  title?: string;
  blocks: { kind: string; text: string }[];
}

export interface FixtureRow extends Overlap {
  slug: string;
  expectedArticle: boolean;
  detectedArticle: boolean;
  reason: string | null;
  blocks: number;
  goldBlocks: number;
  /** The detected body against the gold as bags of word tokens. */
  tokens: TokenOverlap;
}

/** Pages whose gold describes a state that their own scripts reach: scored end to end instead. */
export function isStatic(html: string): boolean {
  return !/<script(?![^>]*application\/ld\+json)/i.test(html);
}

export function readGold(root: string, slug: string, file = 'expected.json'): Gold {
  return JSON.parse(readFileSync(join(root, slug, file), 'utf8')) as Gold;
}

export function staticFixtures(root: string): string[] {
  return readdirSync(root)
    .filter((slug) => existsSync(join(root, slug, 'expected.json')))
    .filter((slug) => isStatic(readFileSync(join(root, slug, 'index.html'), 'utf8')))
    .sort();
}

export async function scoreFixtures(root: string, browser?: BrowserKind): Promise<FixtureRow[]> {
  const detector = await openDetector(root, { javaScript: false, browser });
  const rows: FixtureRow[] = [];
  try {
    for (const slug of staticFixtures(root)) {
      const gold = readGold(root, slug);
      const { gated } = await detector.run(`${slug}/`);
      const detected = gated.kind === 'article';
      const goldText = gold.blocks.map((b) => b.text).join(' ');
      const bodyText = detected
        ? body(gated.blocks)
            .map((b) => b.text)
            .join(' ')
        : '';
      rows.push({
        slug,
        expectedArticle: gold.article,
        detectedArticle: detected,
        reason: gated.reason ?? null,
        blocks: body(gated.blocks).length,
        goldBlocks: gold.blocks.length,
        // The gold is textContent per block: compare with each block's text, likewise.
        ...overlap(goldText, bodyText),
        tokens: tokenOverlap(goldText, bodyText),
      });
    }
  } finally {
    await detector.close();
  }
  return rows;
}

export interface FixtureSummary {
  pages: number;
  accuracy: number;
  nonArticlesRejected: boolean;
  /** Over all article pages: matched characters / detected (precision) and / gold (recall). */
  precision: number;
  recall: number;
  /** Token scores over the article pages: pooled (tokens summed over pages) and the mean of pages. */
  tokens: { precision: number; recall: number; f1: number; meanF1: number };
}

export function summarize(rows: FixtureRow[]): FixtureSummary {
  const articles = rows.filter((r) => r.expectedArticle);
  const sum = (f: (r: FixtureRow) => number) => articles.reduce((n, r) => n + f(r), 0);
  const matched = sum((r) => r.tokens.matchedTokens);
  const tokenP =
    matched /
    Math.max(
      1,
      sum((r) => r.tokens.detectedTokens),
    );
  const tokenR =
    matched /
    Math.max(
      1,
      sum((r) => r.tokens.expectedTokens),
    );
  return {
    pages: rows.length,
    accuracy: rows.filter((r) => r.expectedArticle === r.detectedArticle).length / rows.length,
    nonArticlesRejected: rows.every((r) => r.expectedArticle || !r.detectedArticle),
    precision:
      sum((r) => r.matchedChars) /
      Math.max(
        1,
        sum((r) => r.actualChars),
      ),
    recall:
      sum((r) => r.matchedChars) /
      Math.max(
        1,
        sum((r) => r.expectedChars),
      ),
    tokens: {
      precision: tokenP,
      recall: tokenR,
      f1: tokenP + tokenR === 0 ? 0 : (2 * tokenP * tokenR) / (tokenP + tokenR),
      meanF1: mean(articles.map((r) => r.tokens.f1)),
    },
  };
}

/** The body, as the gold files have it: the headline is annotated but counted apart. */
export const body = <B extends { kind: string }>(blocks: readonly B[]): B[] =>
  blocks.filter((b) => b.kind !== 'headline');

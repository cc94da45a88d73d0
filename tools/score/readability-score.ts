// The live-DOM mapping scored on pages of Readability's test suite (<dir>/<slug>/source.html with
// expected.html and expected-metadata.json): the text of the mapped live blocks against the text
// of expected.html (characters in order, and bags of word tokens), the gate against the page's
// `readerable` flag, and bare Readability on the same page in the same browser, scored alike.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  captionText,
  detectedText,
  detectedTextWithoutCaptions,
  openDetector,
} from '../browser/detect-in-browser';
import type { BrowserKind } from '../browser/find-browsers';
import { type Overlap, overlap, type TokenOverlap, tokenOverlap, tokens } from './overlap';

export interface ReadabilityRow extends Overlap {
  slug: string;
  readerable: boolean;
  gate: boolean;
  /** Why the gate (or detection) said no, when it did. */
  gateReason: string | null;
  kind: string;
  reason: string | null;
  expectedText: string;
  actualText: string;
  /** Lentera's body (captions included) against expected.html, as bags of tokens. */
  tokens: TokenOverlap;
  /** The same without the blocks of kind 'caption'. */
  tokensWithoutCaptions: TokenOverlap;
  /** Tokens in Lentera's caption blocks. */
  captionTokens: number;
  /** Bare Readability, scored the same way (null when not run). */
  bare: {
    parsed: boolean;
    text: string;
    tokens: TokenOverlap;
    /** Scored on the result's textContent instead (no space where text nodes meet). */
    textContentTokens: TokenOverlap;
  } | null;
  ms: number;
}

export function readabilitySlugs(dir: string): string[] {
  return readdirSync(dir)
    .filter((s) => existsSync(join(dir, s, 'source.html')) && existsSync(join(dir, s, 'expected.html')))
    .sort();
}

export interface ReadabilityScoreOptions {
  browser?: BrowserKind;
  /** Run bare Readability beside Lentera (default true). */
  bare?: boolean;
}

export async function scoreReadabilityPages(
  dir: string,
  slugs = readabilitySlugs(dir),
  options: ReadabilityScoreOptions = {},
): Promise<ReadabilityRow[]> {
  const withBare = options.bare ?? true;
  const detector = await openDetector(dir, { javaScript: false, browser: options.browser });
  const rows: ReadabilityRow[] = [];
  try {
    for (const slug of slugs) {
      const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as {
        readerable?: boolean;
      };
      const readerable = meta.readerable ?? true;
      const t0 = performance.now();
      try {
        const expectedHtml = readFileSync(join(dir, slug, 'expected.html'), 'utf8');
        const {
          gated,
          forced,
          bare,
          compareText = '',
        } = await detector.run(`${slug}/source.html`, expectedHtml, { bare: withBare });
        const actualText = detectedText(forced);
        rows.push({
          slug,
          readerable,
          gate: gated.kind === 'article',
          gateReason: gated.kind === 'article' ? null : (gated.reason ?? gated.kind),
          kind: forced.kind,
          reason: forced.reason ?? null,
          expectedText: compareText,
          actualText,
          ...overlap(compareText, actualText),
          tokens: tokenOverlap(compareText, actualText),
          tokensWithoutCaptions: tokenOverlap(compareText, detectedTextWithoutCaptions(forced)),
          captionTokens: tokens(captionText(forced)).length,
          bare: bare
            ? {
                parsed: bare.parsed,
                text: bare.text,
                tokens: tokenOverlap(compareText, bare.text),
                textContentTokens: tokenOverlap(compareText, bare.textContent),
              }
            : null,
          ms: performance.now() - t0,
        });
      } catch (error) {
        const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        rows.push({
          slug,
          readerable,
          gate: false,
          gateReason: reason,
          kind: 'error',
          reason,
          expectedText: '',
          actualText: '',
          ...overlap('x', ''),
          tokens: tokenOverlap('x', ''),
          tokensWithoutCaptions: tokenOverlap('x', ''),
          captionTokens: 0,
          bare: null,
          ms: performance.now() - t0,
        });
      }
    }
  } finally {
    await detector.close();
  }
  return rows;
}

// The live-DOM mapping scored on pages of Readability's test suite (<dir>/<slug>/source.html with
// expected.html and expected-metadata.json): the text of the mapped live blocks against the text
// of expected.html, and the gate against the page's `readerable` flag.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectedText, openDetector } from '../browser/detect-in-browser';
import { type Overlap, overlap } from './overlap';

export interface ReadabilityRow extends Overlap {
  slug: string;
  readerable: boolean;
  gate: boolean;
  kind: string;
  reason: string | null;
  expectedText: string;
  actualText: string;
}

export function readabilitySlugs(dir: string): string[] {
  return readdirSync(dir)
    .filter((s) => existsSync(join(dir, s, 'source.html')) && existsSync(join(dir, s, 'expected.html')))
    .sort();
}

export async function scoreReadabilityPages(
  dir: string,
  slugs = readabilitySlugs(dir),
): Promise<ReadabilityRow[]> {
  const detector = await openDetector(dir, { javaScript: false });
  const rows: ReadabilityRow[] = [];
  try {
    for (const slug of slugs) {
      const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as {
        readerable?: boolean;
      };
      const readerable = meta.readerable ?? true;
      try {
        const expectedHtml = readFileSync(join(dir, slug, 'expected.html'), 'utf8');
        const { gated, forced, compareText = '' } = await detector.run(`${slug}/source.html`, expectedHtml);
        const actualText = detectedText(forced);
        rows.push({
          slug,
          readerable,
          gate: gated.kind === 'article',
          kind: forced.kind,
          reason: forced.reason ?? null,
          expectedText: compareText,
          actualText,
          ...overlap(compareText, actualText),
        });
      } catch (error) {
        const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        rows.push({
          slug,
          readerable,
          gate: false,
          kind: 'error',
          reason,
          expectedText: '',
          actualText: '',
          ...overlap('x', ''),
        });
      }
    }
  } finally {
    await detector.close();
  }
  return rows;
}

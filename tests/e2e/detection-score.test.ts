// The detection scores as tests, in real Chromium and Firefox (the content script's modules, on the
// path that ships, injected into the page with page scripts off): the fixture gold, and nine pages
// of Readability's own test suite.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/browser/harness';
import { scoreFixtures, summarize } from '../../tools/score/fixture-score';
import { median } from '../../tools/score/overlap';
import { readabilitySlugs, scoreReadabilityPages } from '../../tools/score/readability-score';

describe.each(['chromium', 'firefox'] as const)('detection score in %s', (browser) => {
  it('rejects every non-article fixture and finds article bodies with precision ≥ 0.98 and recall ≥ 0.95', async () => {
    const rows = await scoreFixtures(join(ROOT, 'tests', 'fixtures', 'pages'), browser);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const summary = summarize(rows);
    expect(rows.filter((r) => !r.expectedArticle && r.detectedArticle).map((r) => r.slug)).toEqual([]);
    expect(rows.filter((r) => r.expectedArticle && !r.detectedArticle).map((r) => r.slug)).toEqual([]);
    expect(summary.precision).toBeGreaterThanOrEqual(0.98);
    expect(summary.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('maps real pages onto the live DOM as Readability reads them', async () => {
    const dir = join(ROOT, 'tests', 'fixtures', 'readability');
    const rows = await scoreReadabilityPages(dir, readabilitySlugs(dir), { browser, bare: false });
    expect(rows.length).toBe(readabilitySlugs(dir).length);
    for (const r of rows) {
      expect(r.precision, `${r.slug} precision`).toBeGreaterThanOrEqual(0.9);
      expect(r.recall, `${r.slug} recall`).toBeGreaterThanOrEqual(0.9);
    }
    expect(median(rows.map((r) => r.precision))).toBeGreaterThanOrEqual(0.98);
    expect(median(rows.map((r) => r.recall))).toBeGreaterThanOrEqual(0.98);
  });
});

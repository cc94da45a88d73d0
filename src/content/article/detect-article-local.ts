// Detection with Readability run here, on a clone (tests, scores, benchmarks, and the content
// script's fallback when the off-thread parse is not available). Kept apart from
// detect-article.ts so that the content script's bundle needs only Readability's gate.

import { measure } from '../diagnostics';
import {
  DEFAULT_DETECT_OPTIONS,
  type Detection,
  type DetectOptions,
  detectSteps,
  type Parsed,
} from './detect-article';
import { cloneWithMap } from './map-article';
import { parseNumbered } from './parse-numbered';

/** Detection in one go (tests, scores, benchmarks): the copy is a clone, parsed here. */
export function detectArticle(doc: Document, options: DetectOptions = DEFAULT_DETECT_OPTIONS): Detection {
  const steps = detectSteps(doc, options);
  let answer: Parsed | undefined;
  for (;;) {
    const step = steps.next(answer);
    if (step.done) return step.value;
    answer = 'parse' in step.value ? parseHere(doc, options) : undefined;
  }
}

export function parseHere(doc: Document, options: DetectOptions): Parsed {
  const t0 = performance.now();
  const map = cloneWithMap(doc);
  measure('lentera:detect:clone', t0, performance.now());
  return { outcome: parseNumbered(map.clone, options), live: map.live };
}

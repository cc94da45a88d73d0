// Entry of a test-only bundle that runs Lentera's article detection inside a page (for the
// detection scores and the benchmark) on the path that ships: serialise, parse the copy, map back.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { DEFAULT_DETECT_OPTIONS } from '../../src/dom/detect-article';
import { detectHere } from './detect-article-local';

export interface DetectedPlain {
  kind: string;
  reason?: string;
  title?: string;
  blocks: { kind: string; text: string; parts: string[] }[];
  timings?: { gateMs: number; serializeMs: number; parseMs: number; mapMs: number };
}

async function detect(force = false): Promise<DetectedPlain> {
  const result = await detectHere(document, { ...DEFAULT_DETECT_OPTIONS, force });
  if (result.kind !== 'article') return { kind: result.kind, reason: result.reason, blocks: [] };
  return {
    kind: 'article',
    title: result.metadata.title,
    blocks: result.blocks.map((b) => ({
      kind: b.kind,
      text: b.text,
      parts: b.segments.map((s) => s.node.data),
    })),
    timings: result.timings,
  };
}

/** Readability alone, on a clone, as a reader view would run it: the baseline of the benchmark. */
function parseOnly(): number {
  const t0 = performance.now();
  new Readability(document.cloneNode(true) as Document).parse();
  return performance.now() - t0;
}

/** Detection with the gate, as the content script runs it. */
async function detectTimed(): Promise<number> {
  const t0 = performance.now();
  await detectHere(document);
  return performance.now() - t0;
}

(globalThis as unknown as { __lentera: unknown }).__lentera = {
  detect,
  parseOnly,
  detectTimed,
  isProbablyReaderable,
};

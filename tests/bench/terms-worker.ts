// Runs inside a dedicated Worker (see terms.bench.ts): times the term index build and matching.
import { annotateText } from '../../src/core/glossary/annotate';
import { type LanguageDataFile, languageSets } from '../../src/core/glossary/language-data';
import { matchTerms } from '../../src/core/glossary/match-terms';
import { validatePack } from '../../src/core/glossary/pack-schema';
import { buildTermIndex } from '../../src/core/glossary/term-index';

interface Job {
  pack: unknown;
  languages: LanguageDataFile[];
  text: string;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Milliseconds per call, each sample timing `repeat` calls (worker clocks tick in 0.1 ms). */
function time(runs: number, fn: () => unknown, repeat = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let r = 0; r < repeat; r++) fn();
    out.push((performance.now() - t0) / repeat);
  }
  return out;
}

self.onmessage = (event: MessageEvent<Job>) => {
  const { pack, languages, text, runs } = event.data;
  const sets = languageSets(languages, 'id');
  const validateMs = time(5, () => validatePack(pack));
  const valid = validatePack(pack);
  if (!valid.ok) throw new Error('invalid pack');
  const buildMs = time(5, () => buildTermIndex(valid.pack, sets.clitics));
  const index = buildTermIndex(valid.pack, sets.clitics);
  let sink = 0;
  // The bare pass: read every character once.
  const bare = () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    sink ^= sum;
  };
  // The floor of any scan that stops at capital letters: find them, and the word starts among them.
  const capitalsOnly = () => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) {
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        if (!((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57))) n++;
      } else if (code > 127) n += 0;
    }
    sink ^= n;
  };
  let matches = 0;
  const match = () => {
    matches = matchTerms(index, text).length;
  };
  let annotations = 0;
  const annotate = () => {
    annotations = 0;
    annotateText(index, sets, text, true, () => annotations++);
  };
  for (let i = 0; i < 5; i++) {
    bare();
    match();
    annotate();
  }
  const bareMs: number[] = [];
  const matchMs: number[] = [];
  const annotateMs: number[] = [];
  const capitalsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    bareMs.push(...time(1, bare, 50));
    matchMs.push(...time(1, match, 50));
    annotateMs.push(...time(1, annotate, 10));
    capitalsMs.push(...time(1, capitalsOnly, 50));
  }
  self.postMessage({
    chars: text.length,
    entries: valid.pack.entries.length,
    labels: index.labelCount,
    validate: median(validateMs),
    build: median(buildMs),
    bare: median(bareMs),
    match: median(matchMs),
    annotate: median(annotateMs),
    capitals: median(capitalsMs),
    matches,
    annotations,
    sink,
  });
};

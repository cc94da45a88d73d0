// An Indonesian stemmer after Enhanced Confix Stripping (the Nazief–Adriani family, as in the
// Sastrawi project), written as a search rather than a single greedy pass: every way the rules can
// take a word apart that ends in a root word is a candidate, listed in the order the published
// algorithm would try them (the word itself; suffixes removed one by one; then up to three prefixes
// with all suffixes removed; then with suffixes given back). The chosen one is the first whose root
// has a gloss, else the first: where several recodings are possible (memasuki → masuk or pasuk),
// the one a learner can look up wins.
//
// The rules are data of the language, in its folder (src/core/languages/id/stem-rules.ts, with the
// clitics of src/core/languages/id/index.ts). The root-word list and the "has a gloss" test come
// from the caller (the bundled lexicon), so the stemmer is pure and testable.
import {
  DERIVATIONAL,
  DISALLOWED_CONFIXES,
  INFIX_RULES,
  ONLY_AFTER,
  OUTER_ONLY,
  PARTICLES,
  POSSESSIVES,
  PREFIX_RULES,
  type PrefixRule,
} from '../languages/id/stem-rules';

export interface StemStep {
  /** What was removed: 'meN-', '-kan', '-nya', '-er-', 'reduplication'… */
  affix: string;
  kind: 'particle' | 'possessive' | 'suffix' | 'prefix' | 'infix' | 'reduplication';
  /** The form after the removal. */
  form: string;
}

export interface StemResult {
  word: string;
  root: string;
  /** From the word to the root; empty when the word is a root. */
  steps: StemStep[];
  /** Whether the root is in the root list (false: the word was given back unchanged). */
  known: boolean;
}

export interface StemDictionary {
  isRoot(word: string): boolean;
  hasGloss(word: string): boolean;
}

/** Words longer than this are not words. */
export const MAX_WORD_LENGTH = 40;

interface SuffixState {
  stem: string;
  steps: StemStep[];
  derivational: string | null;
}

function suffixStates(word: string): SuffixState[] {
  // The word, minus a particle, minus a possessive, minus a derivational suffix: each optional,
  // in that order (bukunyalah: -lah, then -nya). A stem keeps at least two letters.
  const states: SuffixState[] = [{ stem: word, steps: [], derivational: null }];
  const strip = (from: SuffixState[], list: readonly string[], kind: StemStep['kind']): SuffixState[] => {
    const out: SuffixState[] = [];
    for (const s of from) {
      for (const suffix of list) {
        if (s.stem.endsWith(suffix) && s.stem.length - suffix.length >= 2) {
          const stem = s.stem.slice(0, -suffix.length);
          out.push({
            stem,
            steps: [...s.steps, { affix: `-${suffix}`, kind, form: stem }],
            derivational: kind === 'suffix' ? suffix : s.derivational,
          });
        }
      }
    }
    return out;
  };
  const particles = strip(states, PARTICLES, 'particle');
  const possessives = strip([...states, ...particles], POSSESSIVES, 'possessive');
  const derived = strip([...states, ...particles, ...possessives], DERIVATIONAL, 'suffix');
  // -kan that is really -k + -an (memasukkan, masukan): also try the stem with its k back.
  const kBack = derived
    .filter((s) => s.derivational === 'kan')
    .map((s) => ({
      ...s,
      stem: `${s.stem}k`,
      steps: s.steps.map((x, i, a) => (i === a.length - 1 ? { ...x, affix: '-an', form: `${s.stem}k` } : x)),
      derivational: 'an',
    }));
  return [...states, ...particles, ...possessives, ...derived, ...kBack];
}

function applyRule(rule: PrefixRule, stem: string): string[] {
  const m = rule.match.exec(stem);
  if (!m) return [];
  return rule.to.map((template) => template.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? ''));
}

interface Candidate {
  root: string;
  steps: StemStep[];
  /** Order in which the published algorithm would reach it. */
  rank: number;
}

/** Every analysis of `word` that ends in a root word, in the algorithm's order. */
export function stemCandidates(word: string, dict: StemDictionary): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<string>();
  const add = (root: string, steps: StemStep[], rank: number) => {
    const key = `${root}|${steps.map((s) => s.affix).join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ root, steps, rank });
  };
  const states = suffixStates(word);
  // The word and its suffix-stripped forms, fewest removals first.
  states.forEach((s, i) => {
    if (dict.isRoot(s.stem)) add(s.stem, s.steps, i);
  });
  // Then prefixes: with every suffix removed first (most steps), then with suffixes given back.
  const ordered = [...states].sort((a, b) => b.steps.length - a.steps.length);
  ordered.forEach((state, order) => {
    const walk = (stem: string, steps: StemStep[], prefixes: string[], depth: number) => {
      if (depth === 3) return;
      for (const rule of PREFIX_RULES) {
        if (prefixes.includes(rule.prefix)) continue;
        // di-, ke-, se-, meN- come first in a word: nothing is removed before them.
        if (prefixes.length > 0 && OUTER_ONLY.has(rule.prefix)) continue;
        const after = ONLY_AFTER[rule.prefix];
        if (after && prefixes.length > 0 && !after.includes(prefixes[prefixes.length - 1] as string))
          continue;
        if (
          prefixes.length === 0 &&
          state.derivational &&
          DISALLOWED_CONFIXES[rule.prefix]?.includes(state.derivational)
        ) {
          continue;
        }
        for (const next of applyRule(rule, stem)) {
          if (next.length < 2) continue;
          const nextSteps = [...steps, { affix: rule.prefix, kind: 'prefix' as const, form: next }];
          if (dict.isRoot(next)) add(next, nextSteps, 1000 + order * 100 + depth);
          walk(next, nextSteps, [...prefixes, rule.prefix], depth + 1);
        }
      }
    };
    walk(state.stem, state.steps, [], 0);
  });
  if (found.length === 0) {
    // Infixes last (gemetar → getar, kinerja → kerja), on the word and its suffix-stripped forms.
    for (const state of states) {
      for (const rule of INFIX_RULES) {
        for (const next of applyRule(rule, state.stem)) {
          if (dict.isRoot(next))
            add(next, [...state.steps, { affix: rule.prefix, kind: 'infix', form: next }], 5000);
        }
      }
    }
  }
  return found.sort((a, b) => a.rank - b.rank);
}

function stemSingle(word: string, dict: StemDictionary): StemResult {
  const candidates = stemCandidates(word, dict);
  // A root with a gloss first, in the algorithm's order; then, among analyses with the same
  // prefixes, the one that takes fewer letters off the end (memakai is meN- + pakai, not
  // meN- + maka + -i; gerakan is gerak + -an, not gera + -kan).
  const glossed = candidates.filter((c) => dict.hasGloss(c.root));
  const pool = glossed.length > 0 ? glossed : candidates;
  const first = pool[0];
  const prefixes = (c: Candidate) =>
    c.steps
      .filter((x) => x.kind === 'prefix')
      .map((x) => x.affix)
      .join();
  const suffixLetters = (c: Candidate) =>
    c.steps.reduce((n, x) => n + (x.kind === 'prefix' || x.kind === 'infix' ? 0 : x.affix.length - 1), 0);
  const best = first
    ? pool
        .filter((c) => prefixes(c) === prefixes(first))
        .reduce((a, b) => (suffixLetters(b) < suffixLetters(a) ? b : a), first)
    : undefined;
  return best
    ? { word, root: best.root, steps: best.steps, known: true }
    : { word, root: word, steps: [], known: false };
}

const HYPHENATED_POSSESSIVE = new RegExp(`^(.+)-(${POSSESSIVES.join('|')})$`);

/**
 * The root of an Indonesian word (lower-cased), with the steps that lead to it. Reduplications
 * (kata-kata, berlari-lari, sebaik-baiknya) give the root they share; a reduplication that is a
 * root itself (bolak-balik, sayur-mayur) is kept.
 */
export function stemIndonesian(input: string, dict: StemDictionary): StemResult {
  const word = input.toLowerCase();
  if (word.length > MAX_WORD_LENGTH || !/^[a-z]+(?:-[a-z]+)*$/.test(word)) {
    return { word, root: word, steps: [], known: false };
  }
  // A possessive after a hyphen (kuasa-Mu, malaikat-malaikat-Nya): the base, then the clitic.
  const clitic = HYPHENATED_POSSESSIVE.exec(word);
  if (clitic && !dict.isRoot(word)) {
    const base = stemIndonesian(clitic[1] as string, dict);
    if (base.known) {
      return {
        ...base,
        word,
        steps: [{ affix: `-${clitic[2]}`, kind: 'possessive', form: clitic[1] as string }, ...base.steps],
      };
    }
  }
  const dash = word.indexOf('-');
  if (dash < 0) return stemSingle(word, dict);
  const left = stemSingle(word.slice(0, dash), dict);
  const right = stemSingle(word.slice(dash + 1), dict);
  const step: StemStep = { affix: 'reduplication', kind: 'reduplication', form: left.root };
  // kata-kata, berlari-lari, sebaik-baiknya, tolong-menolong: both halves share a root.
  if (left.known && right.known && left.root === right.root) {
    const steps = [
      ...left.steps.filter((s) => s.kind === 'prefix'),
      ...right.steps.filter((s) => s.kind !== 'prefix'),
      step,
    ];
    return { word, root: left.root, steps, known: true };
  }
  // meniru-nirukan, menyepak-nyepak: the second half lacks the prefix the first half carries.
  if (left.known && !right.known) {
    const leftWord = word.slice(0, dash);
    for (let k = 2; k <= 4 && k < leftWord.length; k++) {
      const joined = stemSingle(leftWord.slice(0, k) + word.slice(dash + 1), dict);
      if (joined.known && joined.root === left.root) {
        return { word, root: left.root, steps: [...joined.steps, step], known: true };
      }
    }
  }
  // bolak-balik, sayur-mayur: the whole is a root (or a root with affixes).
  return stemSingle(word, dict);
}

/** The affix breakdown a learner reads: meN-…-kan, ber-, -nya, -er- (reduplication is a step of its own). */
export function affixPattern(steps: readonly StemStep[]): string {
  const prefixes = steps.filter((s) => s.kind === 'prefix').map((s) => s.affix);
  const infixes = steps.filter((s) => s.kind === 'infix').map((s) => s.affix);
  const suffixes = steps
    .filter((s) => s.kind === 'suffix' || s.kind === 'possessive' || s.kind === 'particle')
    .map((s) => s.affix)
    .reverse();
  const outer =
    prefixes.length && suffixes.length
      ? `${prefixes.join('')}…${suffixes.join('')}`
      : [...prefixes, ...suffixes].join('');
  return [outer, ...infixes].filter(Boolean).join(' ');
}

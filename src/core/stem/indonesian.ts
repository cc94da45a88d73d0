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
  H_SPELLING,
  INFIX_RULES,
  LEXICALISED,
  MIN_COMPOUND_PART,
  MIN_FAMILY,
  NEEDS_SUFFIX,
  NOUN_PREFIXES,
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
  /**
   * Whether the root is sure: false when the stemmer chose between competing roots without the
   * glosses to decide, took apart a word that is a dictionary entry of its own without the glosses
   * agreeing, or ended in a root-list word with no gloss.
   */
  certain: boolean;
}

export interface StemDictionary {
  isRoot(word: string): boolean;
  hasGloss(word: string): boolean;
  /**
   * The word's glosses, if the caller has them: they let the stemmer check that a root means what
   * the word means (mengawal "to escort" is kawal "to escort", not awal "beginning").
   */
  glosses?(word: string): readonly string[] | undefined;
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
  // Forms in h- + vowel after a prefix that are no root but whose h-less spelling is one with a
  // gloss (berhembus: embus, KBBI's spelling; berhutang: utang): tried last, where nothing else
  // leads to a root. Not after a suffix alone: Hainan is no ain + -an.
  const hless: Candidate[] = [];
  const spelledWithH = (form: string, steps: StemStep[], rank: number) => {
    if (!H_SPELLING.test(form) || dict.isRoot(form)) return;
    const root = form.slice(1);
    if (!dict.isRoot(root) || !dict.hasGloss(root)) return;
    const last = steps[steps.length - 1];
    hless.push({ root, steps: last ? [...steps.slice(0, -1), { ...last, form: root }] : steps, rank });
  };
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
        const needs = NEEDS_SUFFIX[rule.prefix];
        if (needs && (prefixes.length > 0 || !needs.includes(state.derivational ?? ''))) continue;
        for (const next of applyRule(rule, stem)) {
          if (next.length < 2) continue;
          const nextSteps = [...steps, { affix: rule.prefix, kind: 'prefix' as const, form: next }];
          if (dict.isRoot(next)) add(next, nextSteps, 1000 + order * 100 + depth);
          else spelledWithH(next, nextSteps, 7000 + order * 100 + depth);
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
  if (found.length === 0) for (const c of hless) add(c.root, c.steps, c.rank);
  return found.sort((a, b) => a.rank - b.rank);
}

// Gloss words that say nothing about a meaning (adalah "is, to live" and ada "there is" share "is").
const STOPWORDS = new Set(
  'a an the to of in on at for by with from as and or not no is are be been was were it its this that there you your he she they we i me my one some any thing things do does make get have has very so up out off'.split(
    ' ',
  ),
);

/** The content words of some glosses, with a negation taken off too (uncertainty: certainty). */
function glossWords(glosses: readonly string[]): string[] {
  const out: string[] = [];
  for (const g of glosses) {
    for (const w of g.toLowerCase().split(/[^a-z]+/)) {
      if (w.length < 3 || STOPWORDS.has(w)) continue;
      out.push(w);
      const bare = /^(?:un|in|im|dis|non)(.{4,})$/.exec(w);
      if (bare) out.push(bare[1] as string);
    }
  }
  return out;
}

/** Whether two English words look like one word (walk, walker; agree, agreement; supervise, supervision). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  let cp = 0;
  while (cp < short.length && short[cp] === long[cp]) cp++;
  return cp >= 6 || (cp >= 5 && short.length - cp <= 2);
}

function related(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameWord(x, y)));
}

/** meN- or peN- put before a root, as the language writes it (kawal: mengawal; tulis: menulis). */
function nasal(pe: 'me' | 'pe', root: string): string {
  const c = root[0] ?? '';
  if ('aiueo'.includes(c) || 'ghq'.includes(c)) return `${pe}ng${root}`;
  if (c === 'k') return `${pe}ng${root.slice(1)}`;
  if (c === 'p') return `${pe}m${root.slice(1)}`;
  if ('bfv'.includes(c)) return `${pe}m${root}`;
  if (c === 't') return `${pe}n${root.slice(1)}`;
  if ('cdjz'.includes(c)) return `${pe}n${root}`;
  if (c === 's') return `${pe}ny${root.slice(1)}`;
  return `${pe}${root}`;
}

/** Common derivations of a root (kawal: kawalan, dikawal, pengawal…), to look up in the lexicon. */
function derivations(root: string): string[] {
  const me = nasal('me', root);
  const pe = nasal('pe', root);
  // ber- and per- lose their r before a root in r- (berenang, peragakan).
  const ber = root.startsWith('r') ? `be${root}` : `ber${root}`;
  const per = root.startsWith('r') ? `pe${root}` : `per${root}`;
  return [
    `${root}an`,
    `${root}kan`,
    `${root}i`,
    ber,
    `${ber}an`,
    `ter${root}`,
    `di${root}`,
    `di${root}kan`,
    `di${root}i`,
    `ke${root}an`,
    `se${root}`,
    `${per}an`,
    `mem${per}kan`,
    `di${per}kan`,
    `pe${root}`,
    me,
    `${me}kan`,
    `${me}i`,
    pe,
    `${pe}an`,
  ];
}

/**
 * Whether a meN-, peN-, ber- or per- form also comes from another root (pengawal: kawal or awal;
 * perapian: api or rapi), so says nothing of this one.
 */
function ambiguous(form: string, root: string, dict: StemDictionary): boolean {
  // ber- and per- before a vowel also read as be-, pe- before an r- root (perapian: api or rapi).
  const bare = root.startsWith('r') ? root.slice(1) : root;
  const other = root.startsWith('r') ? bare : `r${root}`;
  if (/^(?:ber|per|diper|memper)/.test(form) && form.includes(`er${bare}`) && dict.isRoot(other)) return true;
  if (!/^(?:me|pe)/.test(form)) return false;
  return PREFIX_RULES.some(
    (rule) =>
      (rule.prefix === 'meN-' || rule.prefix === 'peN-') &&
      applyRule(rule, form).some(
        (r) => r !== root && !r.startsWith(root) && !root.startsWith(r) && dict.isRoot(r),
      ),
  );
}

interface Judged {
  candidate: Candidate;
  /** The word's glosses (or the nearest intermediate form's) relate to the root's or its derivations'. */
  related: boolean;
  /** The word's first gloss relates to the root's own glosses (not only to its derivations'). */
  relatedToRoot: boolean;
  /** The word's first gloss shares a word with the root's own glosses, letter for letter. */
  sharesWord: boolean;
  /** How many derivations of the root are entries: a root that makes words is a likelier root. */
  family: number;
  glossed: boolean;
}

function judge(word: string, c: Candidate, dict: StemDictionary): Judged {
  const glossed = dict.hasGloss(c.root);
  const glossesOf = dict.glosses;
  if (!glossesOf)
    return { candidate: c, related: false, relatedToRoot: false, sharesWord: false, family: 0, glossed };
  // What the word means: its own glosses, else those of the first form on the way that has some.
  const between = c.steps.map((s) => s.form).filter((f) => f !== c.root);
  const own = [word, ...between].map((f) => glossesOf(f)).find((g) => g !== undefined);
  const skip = new Set([word, ...between]);
  const family = derivations(c.root).filter(
    (f) => !skip.has(f) && dict.hasGloss(f) && !ambiguous(f, c.root, dict),
  );
  let isRelated = false;
  let relatedToRoot = false;
  let sharesWord = false;
  if (own) {
    const meaning = glossWords(own);
    // The word's first sense: mereka is "they" before it is meN- + reka "to design".
    const first = glossWords(own.slice(0, 1));
    const rootOwn = glossWords(glossesOf(c.root) ?? []);
    relatedToRoot = related(first, rootOwn);
    sharesWord = first.some((w) => rootOwn.includes(w));
    isRelated = relatedToRoot || related(meaning, glossWords(family.flatMap((f) => glossesOf(f) ?? [])));
  }
  return { candidate: c, related: isRelated, relatedToRoot, sharesWord, family: family.length, glossed };
}

const prefixesOf = (c: Candidate) => c.steps.filter((x) => x.kind === 'prefix').map((x) => x.affix);
const suffixLetters = (c: Candidate) =>
  c.steps.reduce((n, x) => n + (x.kind === 'prefix' || x.kind === 'infix' ? 0 : x.affix.length - 1), 0);

/** An analysis taken on to the root KBBI gives a lexicalised entry (sekitarnya: sekitar, then kitar). */
function stemSingle(word: string, dict: StemDictionary): StemResult {
  const found = compound(word, analyseSingle(word, dict), dict);
  const further = Object.hasOwn(LEXICALISED, found.root) ? LEXICALISED[found.root] : undefined;
  if (!further || !dict.isRoot(further.root)) return found;
  return {
    ...found,
    root: further.root,
    steps: [...found.steps, { affix: further.affix, kind: further.kind, form: further.root }],
    known: true,
  };
}

/**
 * A compound is written apart (tanda tangan, ambil alih) but joined when it takes a prefix and a
 * suffix at once (menandatangani, pengambilalihan: the spelling rules, EYD): where the analysis ends
 * in such a joined root that has no gloss and falls into two root words that are an entry together,
 * the root is that entry, written apart. Sure when no other root competed for the word.
 */
function compound(word: string, found: StemResult, dict: StemDictionary): StemResult {
  const kinds = found.steps.map((s) => s.kind);
  if (!kinds.includes('prefix') || !kinds.includes('suffix') || dict.hasGloss(found.root)) return found;
  const root = found.root;
  for (let i = MIN_COMPOUND_PART; i <= root.length - MIN_COMPOUND_PART; i++) {
    const [a, b] = [root.slice(0, i), root.slice(i)];
    const whole = `${a} ${b}`;
    if (!dict.isRoot(a) || !dict.isRoot(b) || !dict.hasGloss(whole)) continue;
    const roots = new Set(stemCandidates(word, dict).map((c) => c.root));
    return { ...found, root: whole, certain: found.certain || roots.size === 1 };
  }
  return found;
}

const sameSteps = (a: readonly StemStep[], b: readonly StemStep[]) =>
  a.length === b.length && a.every((x, i) => x.affix === b[i]?.affix && x.form === b[i]?.form);

/**
 * Drops the analyses that end in a root-list word which is another analysis's root plus the -kan
 * that analysis takes off, and has no gloss of its own (membiarkan: biarkan is biar + -kan;
 * dicanangkan: canangkan is canang + -kan): the root list holds some imperatives, and the root is
 * the shorter one. Only -kan: a root-list word in -i or -an is as often a root (tani is no tan + -i).
 */
function withoutListedDerivations(judged: Judged[]): Judged[] {
  return judged.filter((a) => {
    if (a.glossed) return true;
    const pre = prefixesOf(a.candidate).join();
    return !judged.some((b) => {
      if (b === a || prefixesOf(b.candidate).join() !== pre) return false;
      const kan = b.candidate.steps.some((x) => x.kind === 'suffix' && x.affix === '-kan');
      return kan && a.candidate.root === `${b.candidate.root}kan`;
    });
  });
}

/**
 * A noun of peN-/pe-/per-…-an is made on the root, not on the peN- noun the root list may also hold
 * (pelarian "escape" is pe-…-an on lari, not pelari "runner" + -an; perhatian is per-…-an on hati;
 * kepemimpinan is on pimpin): where the chosen root is such a noun (and no noun prefix is taken off
 * before it), and an analysis takes its
 * prefix off too and ends in a root with a gloss and derivations of its own, that one is the root.
 */
function onToTheRoot(best: Judged, judged: readonly Judged[]): Judged {
  const steps = best.candidate.steps;
  if (!steps.some((x) => x.kind === 'suffix' && x.affix === '-an')) return best;
  // One noun prefix to a word: peperangan is pe-…-an on perang, not on rang.
  if (steps.some((x) => NOUN_PREFIXES.has(x.affix))) return best;
  const deeper = judged.find((d) => {
    const last = d.candidate.steps[d.candidate.steps.length - 1];
    return (
      last !== undefined &&
      d.candidate.steps.length === steps.length + 1 &&
      sameSteps(d.candidate.steps.slice(0, -1), steps) &&
      NOUN_PREFIXES.has(last.affix) &&
      d.glossed &&
      d.family >= MIN_FAMILY
    );
  });
  return deeper ?? best;
}

function analyseSingle(word: string, dict: StemDictionary): StemResult {
  const candidates = stemCandidates(word, dict);
  const whole = candidates.find((c) => c.steps.length === 0);
  const entry = dict.hasGloss(word);
  const judged = withoutListedDerivations(
    candidates.filter((c) => c.steps.length > 0).map((c) => judge(word, c, dict)),
  );
  // A word that is an entry of its own is not taken apart where that rests on a particle alone or a lone
  // -i (adalah: ada + -lah; tapi: tap + -i), unless the glosses share a word: related-looking
  // English is not enough for these. A root-list word is not taken apart by a lone -i at all,
  // glossed or not: the root list has no imperatives in -i, and a shared gloss there is one word
  // borrowed twice or a wrong gloss (polisi "police" is no polis + -i, though the lexicon glosses
  // polis "police" too; asasi, esensi; tani is no tan "ton" + -i). A particle still comes off one
  // (apakah: apa; bagaimanapun: bagaimana).
  const loneI = (j: Judged) =>
    !j.candidate.steps.some((x) => x.kind === 'prefix') && j.candidate.steps.every((x) => x.affix === '-i');
  const particlesOnly = (j: Judged) => j.candidate.steps.every((x) => x.kind === 'particle');
  const allowed = judged.filter((j) => {
    if (loneI(j)) return !whole && (!entry || j.sharesWord);
    if (particlesOnly(j)) return !entry || j.sharesWord;
    return true;
  });
  const keep: StemResult = {
    word,
    root: word,
    steps: [],
    known: whole !== undefined || entry,
    certain: true,
  };
  // Among analyses the glosses agree with, the one that takes the most prefixes off (pelarian: lari,
  // not pelari; sepenuhnya: penuh, not sepenuh).
  const rel = allowed
    .filter((j) => j.related)
    .sort((a, b) => prefixesOf(b.candidate).length - prefixesOf(a.candidate).length);
  // A root-list word with a gloss stays whole unless an analysis means what the root itself means
  // (tertawa: tawa). A derivation's meaning is not enough here: diam "quiet" is no di- + am, however
  // quiet aman ("safe") may be.
  if (whole && entry && !rel.some((j) => j.relatedToRoot)) return keep;
  // Analyses whose glosses agree with the word's first; then a root with a gloss (or with
  // derivations that have one), in the algorithm's order; then, among analyses with the same
  // prefixes, the one that takes fewer letters off the end (memakai is meN- + pakai, not meN- +
  // maka + -i; gerakan is gerak + -an, not gera + -kan); then the root that makes more words
  // (mengacu: acu, with acuan, rather than kacu).
  const withMeaning = allowed.filter((j) => j.glossed || j.family > 0);
  const pool = rel.length > 0 ? rel : withMeaning.length > 0 ? withMeaning : whole ? [] : allowed;
  const first = pool.find((j) => j.glossed) ?? pool[0];
  if (!first) return whole || entry ? keep : { word, root: word, steps: [], known: false, certain: false };
  const same = pool.filter((j) => prefixesOf(j.candidate).join() === prefixesOf(first.candidate).join());
  const fewest = Math.min(...same.map((j) => suffixLetters(j.candidate)));
  const tied = same.filter((j) => suffixLetters(j.candidate) === fewest);
  const score = (j: Judged) => j.family + (j.glossed ? 0.5 : 0);
  const best = onToTheRoot(
    tied.reduce((a, b) => (score(b) > score(a) ? b : a)),
    judged,
  );
  // Sure when nothing competes: no other analysis with a glossed root of its own (one that is not
  // a longer form of this root: pelari beside lari), and the split is the glosses' or not of an entry.
  const rivals = (rel.length > 0 ? rel : withMeaning).filter(
    (j) =>
      j.candidate.root !== best.candidate.root &&
      j.glossed &&
      !(
        j.candidate.root.includes(best.candidate.root) &&
        j.candidate.root.length >= best.candidate.root.length + 2
      ),
  );
  // A word that is an entry of its own is split for sure only where the glosses agree, or where it
  // carries two affixes or more (meN-…-kan, per-…-an: a lone peN- or -an on an entry is as likely
  // part of the word: pemilu, kalian).
  const certain =
    (best.glossed || best.related) &&
    rivals.length === 0 &&
    (!entry || best.related || best.candidate.steps.length >= 2);
  return { word, root: best.candidate.root, steps: best.candidate.steps, known: true, certain };
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
    return { word, root: word, steps: [], known: false, certain: false };
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
    return { word, root: left.root, steps, known: true, certain: left.certain && right.certain };
  }
  // meniru-nirukan, menyepak-nyepak: the second half lacks the prefix the first half carries.
  if (left.known && !right.known) {
    const leftWord = word.slice(0, dash);
    for (let k = 2; k <= 4 && k < leftWord.length; k++) {
      const joined = stemSingle(leftWord.slice(0, k) + word.slice(dash + 1), dict);
      if (joined.known && joined.root === left.root) {
        return {
          word,
          root: left.root,
          steps: [...joined.steps, step],
          known: true,
          certain: joined.certain,
        };
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

// Joins Wordnet Bahasa to Princeton WordNet 3.0 and merges the result with FreeDict's lists.
// The rules (assets/lexicon/README.md says the same):
//   - WordNet senses are ordered by how often SemCor tagged them (cntlist.rev), then by WordNet's
//     sense order; a synset is glossed by its most often tagged English word (verbs as "to …");
//   - Indonesian → English: FreeDict's glosses keep their order (its order was tuned for this
//     direction, and SemCor counts the English word's senses, not the Indonesian one's); WordNet's
//     tagged senses fill the list after them; a word FreeDict lacks gets WordNet's senses;
//   - English → Indonesian: the senses go in WordNet's frequency order (FreeDict's order there is
//     arbitrary: house → balai, bilik, trah, kandang, rumah); in each sense the Indonesian lemma
//     FreeDict also gives comes first (two independent sources agreeing), then a lemma whose own
//     FreeDict glosses name the English word; the most frequent sense gives two lemmas, the others
//     one; FreeDict's remaining translations follow;
//   - hand edits (assets/lexicon/src) still go before everything;
//   - each entry keeps the definition of its first WordNet sense that made the list (English from
//     WordNet 3.0 for id → en, Indonesian from Wordnet Bahasa for en → id, where it has one).
import type { GlossMap } from './merge';
import { headWord, type Omw, type Synset } from './wordnet';

export interface Wordnet {
  synsets: Map<string, Synset>;
  /** `lemma|pos` → synsets, most frequent sense first. */
  index: Map<string, string[]>;
  omw: Omw;
}

export interface Sense {
  gloss: string;
  synset: Synset;
  /** SemCor's count for this sense (of the word glossed, or of the English headword). */
  count: number;
}

const POS_ORDER = ['n', 'v', 'a', 'r'] as const;
export const POS_LABEL: Record<Synset['pos'], string> = { n: 'n.', v: 'v.', a: 'adj.', r: 'adv.' };

/** "to say" and "say" are the same gloss; case does not matter. */
export const glossKey = (g: string) => g.toLowerCase().replace(/^to /, '').trim();

const englishGloss = (s: Synset, word: string) => (s.pos === 'v' ? `to ${word}` : word);

/** An Indonesian lemma's senses, most frequent first: each synset glossed by its head word. */
export function indonesianSenses(lemma: string, wn: Wordnet): Sense[] {
  const senses: Sense[] = [];
  (wn.omw.synsetsOf.get(lemma) ?? []).forEach((id) => {
    const synset = wn.synsets.get(id);
    if (!synset || synset.words.length === 0) return;
    const head = headWord(synset);
    const count = synset.counts.reduce((a, b) => a + b, 0);
    senses.push({ gloss: englishGloss(synset, head), synset, count });
  });
  const rank = (s: Sense) => {
    const list = wn.index.get(`${headWord(s.synset).toLowerCase()}|${s.synset.pos}`) ?? [];
    const i = list.indexOf(s.synset.id);
    return i < 0 ? 99 : i;
  };
  return senses
    .map((s, i) => ({ s, i, r: rank(s) }))
    .sort((a, b) => b.s.count - a.s.count || a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}

/** An English lemma's senses (all parts of speech), most frequent first, each with its Indonesian lemmas. */
export function englishSenses(
  word: string,
  wn: Wordnet,
): { synset: Synset; count: number; rank: number; named: boolean }[] {
  const out: { synset: Synset; count: number; rank: number; pos: number; named: boolean }[] = [];
  POS_ORDER.forEach((pos, p) => {
    (wn.index.get(`${word}|${pos}`) ?? []).forEach((id, rank) => {
      const synset = wn.synsets.get(id);
      if (!synset) return;
      const i = synset.words.findIndex((w) => w.toLowerCase() === word);
      out.push({
        synset,
        count: i >= 0 ? (synset.counts[i] ?? 0) : 0,
        rank,
        pos: p,
        named: i >= 0 && synset.words[i] !== word,
      });
    });
  });
  // A word with senses of its own in lower case does not take a name's or an abbreviation's that
  // only match it in lower case (or: OR, Oregon; us: US, United States). A name alone keeps them.
  const own = out.some((s) => !s.named) ? out.filter((s) => !s.named) : out;
  return own.sort((a, b) => b.count - a.count || a.rank - b.rank || a.pos - b.pos);
}

export interface MergedEntry {
  glosses: string[];
  /** `n.|the definition` of the first WordNet sense in the list. */
  definition?: string;
}

function pushUnique(list: string[], seen: Set<string>, gloss: string) {
  const k = glossKey(gloss);
  if (k === '' || seen.has(k)) return;
  seen.add(k);
  list.push(gloss);
}

/**
 * Indonesian → English: FreeDict's glosses (already with hand edits applied later) merged with
 * Wordnet Bahasa's senses by the rules above.
 */
export function mergeIdEn(freedict: GlossMap, wn: Wordnet, max: number): Map<string, MergedEntry> {
  const out = new Map<string, MergedEntry>();
  const keys = new Set([...freedict.keys(), ...wn.omw.synsetsOf.keys()]);
  for (const key of keys) {
    if (!isUsableKey(key)) continue;
    const fd = freedict.get(key) ?? [];
    const senses = indonesianSenses(key, wn);
    const fdKeys = new Set(fd.map(glossKey));
    const list: string[] = [];
    const seen = new Set<string>();
    for (const g of fd) pushUnique(list, seen, g);
    for (const s of senses) if (s.count > 0) pushUnique(list, seen, s.gloss);
    // Untagged senses only for a word FreeDict does not know (where they are all there is).
    if (fd.length === 0) for (const s of senses.slice(0, max)) pushUnique(list, seen, s.gloss);
    const glosses = list.slice(0, max);
    if (glosses.length === 0) continue;
    const shown = new Set(glosses.map(glossKey));
    const first = senses.find(
      (s) =>
        shown.has(glossKey(s.gloss)) && (s.count > 0 || fdKeys.size === 0 || fdKeys.has(glossKey(s.gloss))),
    );
    out.set(key, {
      glosses,
      ...(first ? { definition: `${POS_LABEL[first.synset.pos]}|${first.synset.definition}` } : {}),
    });
  }
  return out;
}

/**
 * English → Indonesian. Every Indonesian word that a sense of the English word lists (Wordnet
 * Bahasa) or that FreeDict gives is a candidate. Wordnet Bahasa lists a synset's words in no order
 * of use, rare and Malay ones among them (company: firma, kompeni, syarikat; receive: ada, memapak,
 * …, menerima), and FreeDict's order is no better (receive: ada first), so the candidates are
 * ranked: first those that translate back (the Indonesian word's own first glosses name the English
 * word: menerima "to receive"; not ada "there is"), then the rest; within each, by the English
 * word's senses they stand for (the most frequent senses most), whether FreeDict gives them, and
 * how often Indonesian news uses them (`frequency`: counts from IndoSum's tuning half; perusahaan
 * before firma), single words before phrases.
 */
export function mergeEnId(
  freedict: GlossMap,
  freedictIdEn: GlossMap,
  wn: Wordnet,
  max: number,
  frequency: (word: string) => number = () => 0,
  /** An Indonesian word's merged glosses, best first (FreeDict's alone if not given). */
  idGlosses: (word: string) => readonly string[] | undefined = (w) => freedictIdEn.get(w),
  /** The Indonesian single words whose first gloss is this English word (kode: code). */
  glossedFirstAs: (english: string) => readonly string[] = () => [],
): Map<string, MergedEntry> {
  const out = new Map<string, MergedEntry>();
  const english = new Set<string>(freedict.keys());
  for (const k of wn.index.keys()) english.add(k.slice(0, k.lastIndexOf('|')).toLowerCase());
  for (const key of english) {
    if (!isUsableKey(key)) continue;
    const fd = (freedict.get(key) ?? []).filter((g) => glossKey(g) !== '');
    // A word FreeDict translates is a word, not only a name (or: atau, not Oregon's "OR").
    const senses = englishSenses(key, wn).filter((s) => !(s.named && fd.length > 0));
    interface Candidate {
      gloss: string;
      sense: number;
      synset?: Synset;
      fromFreedict: boolean;
      order: number;
    }
    const candidates = new Map<string, Candidate>();
    const add = (gloss: string, sense: number, synset: Synset | undefined, fromFreedict: boolean) => {
      const k = glossKey(gloss);
      const had = candidates.get(k);
      if (!had) {
        candidates.set(k, { gloss, sense, synset, fromFreedict, order: candidates.size });
        return;
      }
      if (sense < had.sense) Object.assign(had, { sense, synset });
      had.fromFreedict ||= fromFreedict;
    };
    senses.forEach((s, n) => {
      const weight = n < 2 || s.count > 0 ? n : Number.POSITIVE_INFINITY;
      for (const l of wn.omw.lemmasOf.get(s.synset.id) ?? [])
        if (isUsableKey(l)) add(l, weight, s.synset, false);
    });
    for (const g of fd) add(g, Number.POSITIVE_INFINITY, undefined, true);
    // An Indonesian word whose first meaning is this word is a translation, whether or not a
    // source lists it under the English word (code: kode; preference: preferensi).
    // Not an abbreviation of it (apr: april).
    const firstAs = glossedFirstAs(key).filter(
      (g) => !(key.startsWith(g.toLowerCase()) && g.length < key.length),
    );
    const reverse = new Set(firstAs.map(glossKey));
    for (const g of firstAs) add(g, Number.POSITIVE_INFINITY, undefined, false);
    // Where the English word comes among the Indonesian word's own first glosses (1, 2, 3), or 0.
    const backRank = (g: string) =>
      (idGlosses(g.toLowerCase()) ?? []).slice(0, 3).findIndex((x) => glossKey(x) === key) + 1;
    const senseWeight = (n: number) => (n === 0 ? 2 : n === 1 ? 1.5 : Number.isFinite(n) ? 1 : 0);
    // A word's frequency counts for the meaning it has first: polisi is frequent as "police", and
    // that says little of it as "policy" (its third gloss), where kebijakan is the word.
    const score = (c: Candidate, rank: number) =>
      senseWeight(c.sense) +
      (c.fromFreedict ? 1.5 : 0) +
      Math.min(FREQUENCY_CAP, Math.log10(1 + frequency(c.gloss.toLowerCase()))) / Math.max(rank, 1) ** 2 +
      (c.gloss.includes(' ') ? 0 : 0.5);
    // An untagged rare sense's words only for a word that FreeDict does not know.
    const usable = [...candidates.values()].filter(
      (c) => Number.isFinite(c.sense) || c.fromFreedict || reverse.has(glossKey(c.gloss)) || fd.length === 0,
    );
    // A single word Indonesian news never uses comes after every word it does use (whether or not
    // that translates back): both sources mix Malay and rare words among the common ones (company:
    // firma, syarikat; new: baharu; percent: peratus; occasion: majlis). Only the order changes; a
    // word with no used translation keeps them all. (Measured on the Readability tune pages against
    // "translating back first": better for most changed words, worse for a few whose word is rare
    // in news: deck is then menjatuhkan before dek.)
    const unused = (c: Candidate) => !c.gloss.includes(' ') && frequency(c.gloss.toLowerCase()) === 0;
    const ranked = usable
      .map((c) => {
        const rank = backRank(c.gloss);
        return { c, tier: (unused(c) ? 2 : 0) + (rank > 0 ? 0 : 1), s: score(c, rank === 0 ? 2 : rank) };
      })
      .sort((a, b) => a.tier - b.tier || b.s - a.s || a.c.order - b.c.order);
    const glosses = ranked.slice(0, max).map((r) => r.c.gloss);
    if (glosses.length === 0) continue;
    const first = ranked.slice(0, max).find((r) => r.c.synset)?.c.synset;
    const definition = first ? wn.omw.definitions.get(first.id) : undefined;
    out.set(key, {
      glosses,
      ...(first && definition ? { definition: `${POS_LABEL[first.pos]}|${definition}` } : {}),
    });
  }
  return out;
}

/**
 * Whether a "translation" of an English key only repeats it: the key or one of its lemmas (status,
 * unless an Indonesian root too), or a name that has the single-word key among its words (chambers:
 * sir william chambers, from a WordNet synset of the name).
 */
export function untranslated(
  key: string,
  gloss: string,
  lemmas: readonly string[],
  isIndonesianRoot: (word: string) => boolean,
): boolean {
  const g = gloss.toLowerCase();
  const english = new Set([key, ...lemmas]);
  if (english.has(g)) return !isIndonesianRoot(g);
  return (
    !key.includes(' ') &&
    !isIndonesianRoot(key) &&
    g.split(' ').length > 1 &&
    g.split(' ').some((w) => english.has(w))
  );
}

/**
 * The last pass over an English word's Indonesian translations: abbreviations out (dgn, yg: a
 * lower-case word without a vowel), and the English word itself or its lemma (went: go; lifting)
 * after the Indonesian translations unless it is an Indonesian root word too (status, data, film);
 * an expression translated only by itself (the street: "the street") has none (empty list), nor
 * has a word translated only by itself or names with it whose lemma is an entry (chambers: the
 * lookup reads chamber; `lemmaHasEntry`).
 */
export function finishEnIdGlosses(
  key: string,
  glosses: readonly string[],
  lemmas: readonly string[],
  isIndonesianRoot: (word: string) => boolean,
  lemmaHasEntry = false,
): string[] {
  const kept = glosses.filter((g) => !/^[a-z]+$/.test(g) || /[aeiou]/.test(g));
  const late = (g: string) => untranslated(key, g, lemmas, isIndonesianRoot);
  const out = [...kept.filter((g) => !late(g)), ...kept.filter(late)];
  if ((key.includes(' ') || lemmaHasEntry) && out.every(late)) return [];
  return out.length > 0 ? out : [...glosses];
}

/** log10 of a count past which a more frequent word gains nothing (about 1,000 uses in the news text). */
const FREQUENCY_CAP = 3;

/** A key a reader can rest on: letters, spaces, hyphens and apostrophes, at most four words. */
export function isUsableKey(key: string): boolean {
  return /^[\p{Ll}][\p{Ll}\p{M}'’-]*(?: [\p{Ll}\p{M}'’-]+){0,3}$/u.test(key) && !key.includes('  ');
}

/** WordNet's English single-word lemmas that some synset writes in lower case (not only as a name: Theban, Tellus). */
export function commonEnglishWords(wn: Wordnet): Set<string> {
  const out = new Set<string>();
  for (const s of wn.synsets.values()) {
    for (const w of s.words) if (/^[a-z]+$/.test(w)) out.add(w);
  }
  return out;
}

/**
 * Indonesian loanwords no dictionary glosses (sertifikasi, inklusif): each root word that has no
 * entry is respelt by the term-forming rules (scripts/lexicon/loanwords.ts); the English words with
 * the fewest changes (at most two) gloss it, with the definition of the first one's most frequent
 * sense.
 */
export function loanEntries(
  words: Iterable<string>,
  respellings: (word: string) => { english: string; changes: number }[],
  wn: Wordnet,
): Map<string, MergedEntry> {
  const out = new Map<string, MergedEntry>();
  for (const word of words) {
    const found = respellings(word);
    const best = found[0];
    if (!best) continue;
    const glosses = found
      .filter((f) => f.changes === best.changes)
      .slice(0, 2)
      .map((f) => f.english);
    const sense = englishSenses(best.english, wn)[0];
    out.set(word, {
      glosses,
      ...(sense ? { definition: `${POS_LABEL[sense.synset.pos]}|${sense.synset.definition}` } : {}),
    });
  }
  return out;
}

/**
 * English words that no source translates but that an Indonesian entry glosses (publish ←
 * menerbitkan "to publish"): the Indonesian words whose gloss is exactly the English word ("to" and
 * a parenthesis apart), those that give it earliest in their list first, at most `max`.
 */
export function reverseEntries(idEn: GlossMap, has: (english: string) => boolean, max: number): GlossMap {
  const candidates = new Map<string, { word: string; place: number }[]>();
  for (const [word, glosses] of idEn) {
    if (!isUsableKey(word)) continue;
    glosses.forEach((gloss, place) => {
      const english = glossKey(gloss.replace(/\([^)]*\)/g, ''));
      if (!isUsableKey(english) || has(english)) return;
      const list = candidates.get(english) ?? [];
      list.push({ word, place });
      candidates.set(english, list);
    });
  }
  const out: GlossMap = new Map();
  for (const [english, list] of candidates) {
    list.sort((a, b) => a.place - b.place || a.word.length - b.word.length || (a.word < b.word ? -1 : 1));
    out.set(
      english,
      list.slice(0, max).map((c) => c.word),
    );
  }
  return out;
}

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
export function englishSenses(word: string, wn: Wordnet): { synset: Synset; count: number; rank: number }[] {
  const out: { synset: Synset; count: number; rank: number; pos: number }[] = [];
  POS_ORDER.forEach((pos, p) => {
    (wn.index.get(`${word}|${pos}`) ?? []).forEach((id, rank) => {
      const synset = wn.synsets.get(id);
      if (!synset) return;
      const i = synset.words.findIndex((w) => w.toLowerCase() === word);
      out.push({ synset, count: i >= 0 ? (synset.counts[i] ?? 0) : 0, rank, pos: p });
    });
  });
  return out.sort((a, b) => b.count - a.count || a.rank - b.rank || a.pos - b.pos);
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
 * English → Indonesian: each English lemma's senses in frequency order, two Indonesian lemmas a
 * sense at most (those FreeDict also gives first, then those whose own FreeDict glosses name the
 * English word, then single words), merged with FreeDict's translations by the rules above.
 */
export function mergeEnId(
  freedict: GlossMap,
  freedictIdEn: GlossMap,
  wn: Wordnet,
  max: number,
): Map<string, MergedEntry> {
  const out = new Map<string, MergedEntry>();
  const english = new Set<string>(freedict.keys());
  for (const k of wn.index.keys()) english.add(k.slice(0, k.lastIndexOf('|')).toLowerCase());
  for (const key of english) {
    if (!isUsableKey(key)) continue;
    const fd = freedict.get(key) ?? [];
    const fdSet = new Set(fd.map((g) => g.toLowerCase()));
    const senses = englishSenses(key, wn);
    const picked: { lemma: string; tagged: boolean; synset: Synset }[] = [];
    senses.forEach((s, n) => {
      const lemmas = (wn.omw.lemmasOf.get(s.synset.id) ?? []).filter(isUsableKey);
      const score = (l: string) =>
        (fdSet.has(l) ? 4 : 0) +
        ((freedictIdEn.get(l) ?? []).some((g) => glossKey(g) === key) ? 2 : 0) +
        (l.includes(' ') ? 0 : 1);
      const best = lemmas
        .map((l, i) => ({ l, i, s: score(l) }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, n === 0 ? 2 : 1);
      for (const b of best) picked.push({ lemma: b.l, tagged: s.count > 0, synset: s.synset });
    });
    const list: string[] = [];
    const seen = new Set<string>();
    for (const p of picked) if (fdSet.has(p.lemma)) pushUnique(list, seen, p.lemma);
    for (const p of picked) if (p.tagged) pushUnique(list, seen, p.lemma);
    for (const g of fd) pushUnique(list, seen, g);
    if (fd.length === 0) for (const p of picked) pushUnique(list, seen, p.lemma);
    const glosses = list.slice(0, max);
    if (glosses.length === 0) continue;
    const shown = new Set(glosses.map((g) => g.toLowerCase()));
    const first = picked.find((p) => shown.has(p.lemma));
    const definition = first ? wn.omw.definitions.get(first.synset.id) : undefined;
    out.set(key, {
      glosses,
      ...(first && definition ? { definition: `${POS_LABEL[first.synset.pos]}|${definition}` } : {}),
    });
  }
  return out;
}

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

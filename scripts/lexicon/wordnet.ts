// Princeton WordNet 3.0 (Debian's wordnet-base: data.*, index.*, cntlist.rev, *.exc) and Wordnet
// Bahasa (the Open Multilingual Wordnet's tab file: synset, ind:lemma, lemma) for the lexicon build.
// Synsets are named as the Open Multilingual Wordnet names them: `<8-digit offset>-<n|v|a|r>`
// (satellite adjectives, `s` in WordNet's files, are `a`).

export type WordnetPos = 'n' | 'v' | 'a' | 'r';

export interface Synset {
  id: string;
  pos: WordnetPos;
  /** The synset's English lemmas in WordNet's order (underscores as spaces, markers like "(a)" off). */
  words: string[];
  /** Tag counts of each word in this sense (SemCor, from cntlist.rev), parallel to `words`. */
  counts: number[];
  /** The definition: the gloss before its first example. */
  definition: string;
}

const SS_TYPE: Record<string, WordnetPos> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };
const SS_NUMBER: Record<string, WordnetPos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** Tag counts by `lemma|pos|lex_filenum|lex_id` (cntlist.rev's lines are `sense_key sense_number tag_cnt`). */
export function parseCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, , count] = line.split(' ');
    if (!key || !count) continue;
    const m = /^(.+)%(\d):(\d\d):(\d\d):/.exec(key);
    const pos = m ? SS_NUMBER[m[2] as string] : undefined;
    if (!m || !pos) continue;
    const id = `${m[1]}|${pos}|${Number(m[3])}|${Number(m[4])}`;
    counts.set(id, (counts.get(id) ?? 0) + Number(count));
  }
  return counts;
}

/** The synsets of one data.<pos> file. */
export function parseData(text: string, counts: Map<string, number>): Synset[] {
  const out: Synset[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const bar = line.indexOf(' | ');
    const fields = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
    const [offset, lexFile, ssType, wCount] = fields;
    const pos = ssType ? SS_TYPE[ssType] : undefined;
    if (!offset || !lexFile || !pos || !wCount) continue;
    const n = Number.parseInt(wCount, 16);
    const words: string[] = [];
    const wordCounts: number[] = [];
    for (let i = 0; i < n; i++) {
      const raw = fields[4 + 2 * i];
      const lexId = Number.parseInt(fields[5 + 2 * i] ?? '0', 16);
      if (!raw) continue;
      const lemma = raw.replace(/\((?:a|p|ip)\)$/, '');
      words.push(lemma.replace(/_/g, ' '));
      wordCounts.push(counts.get(`${lemma.toLowerCase()}|${pos}|${Number(lexFile)}|${lexId}`) ?? 0);
    }
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    out.push({ id: `${offset}-${pos}`, pos, words, counts: wordCounts, definition: definitionOf(gloss) });
  }
  return out;
}

/** The gloss up to its first example (`; "…"`), without a trailing semicolon. */
export function definitionOf(gloss: string): string {
  const quote = gloss.search(/;?\s*"/);
  return (quote >= 0 ? gloss.slice(0, quote) : gloss).replace(/[;\s]+$/, '').trim();
}

/** An English lemma's synsets, most frequent sense first (index.<pos>: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`). */
export function parseIndex(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const [lemma, pos, synsetCount, pointerCount] = f;
    const p = pos ? SS_TYPE[pos] : undefined;
    if (!lemma || !p || !synsetCount || !pointerCount) continue;
    const first = 4 + Number(pointerCount) + 2;
    const ids = f.slice(first, first + Number(synsetCount)).map((o) => `${o}-${p}`);
    const key = lemma.replace(/_/g, ' ');
    out.set(`${key}|${p}`, ids);
  }
  return out;
}

/** An exception list (`form lemma [lemma…]` a line): inflected form → lemmas. */
export function parseExceptions(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [form, ...lemmas] = line.trim().split(' ');
    if (!form || lemmas.length === 0) continue;
    const key = form.replace(/_/g, ' ');
    const list = out.get(key) ?? [];
    for (const l of lemmas) {
      const lemma = l.replace(/_/g, ' ');
      if (lemma !== key && !list.includes(lemma)) list.push(lemma);
    }
    if (list.length) out.set(key, list);
  }
  return out;
}

export interface Omw {
  /** Indonesian lemma (lower-case) → synsets, in the file's order. */
  synsetsOf: Map<string, string[]>;
  /** Synset → Indonesian lemmas, in the file's order. */
  lemmasOf: Map<string, string[]>;
  /** Synset → Indonesian definition, where the wordnet has one. */
  definitions: Map<string, string>;
}

/** An Open Multilingual Wordnet tab file (`synset<TAB>ind:lemma|ind:def<TAB>text`; `#` starts a comment line). */
export function parseOmw(text: string, into?: Omw): Omw {
  const omw: Omw = into ?? { synsetsOf: new Map(), lemmasOf: new Map(), definitions: new Map() };
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const [synset, kind, value] = line.split('\t');
    if (!synset || !kind || value === undefined) continue;
    const id = synset.replace(/-s$/, '-a');
    const v = value.trim();
    if (v === '') continue;
    if (kind.endsWith(':def')) {
      if (!omw.definitions.has(id)) omw.definitions.set(id, v);
      continue;
    }
    if (!kind.endsWith(':lemma')) continue;
    const lemma = v.toLowerCase().replace(/_/g, ' ');
    const synsets = omw.synsetsOf.get(lemma) ?? [];
    if (!synsets.includes(id)) synsets.push(id);
    omw.synsetsOf.set(lemma, synsets);
    const lemmas = omw.lemmasOf.get(id) ?? [];
    if (!lemmas.includes(lemma)) lemmas.push(lemma);
    omw.lemmasOf.set(id, lemmas);
  }
  return omw;
}

/** A synset's tag count: the sum over its words (0 for a sense SemCor never saw). */
export function synsetCount(s: Synset): number {
  return s.counts.reduce((a, b) => a + b, 0);
}

/** The synset's English word a learner should see first: the most often tagged, else WordNet's first. */
export function headWord(s: Synset): string {
  let best = 0;
  for (let i = 1; i < s.words.length; i++) if ((s.counts[i] ?? 0) > (s.counts[best] ?? 0)) best = i;
  return s.words[best] as string;
}

/**
 * Maps synset ids written against Princeton's WordNet 3.0 files to the ids of the data files at
 * hand. Debian's wordnet-base patches a few glosses, which moves every later byte offset of that
 * file (verbs from 00613018 on by 18 bytes, adjectives from 01684133 on by 1): an id that is not
 * in the files is moved to the next synset there, and only where every id in a run moves by the
 * same amount (a run ends at the next id found as it is). Ids that fit no such run are dropped.
 */
export function alignIds(ids: Iterable<string>, known: Set<string>): Map<string, string> {
  const byPos = new Map<string, number[]>();
  for (const id of known) {
    const [offset, pos] = id.split('-') as [string, string];
    const list = byPos.get(pos) ?? [];
    list.push(Number(offset));
    byPos.set(pos, list);
  }
  for (const list of byPos.values()) list.sort((a, b) => a - b);
  const out = new Map<string, string>();
  const sorted = [...new Set(ids)].sort();
  let run: { id: string; to: string; delta: number }[] = [];
  const flush = () => {
    const deltas = new Set(run.map((r) => r.delta));
    if (deltas.size === 1) for (const r of run) out.set(r.id, r.to);
    run = [];
  };
  for (const id of sorted) {
    if (known.has(id)) {
      flush();
      out.set(id, id);
      continue;
    }
    const [offset, pos] = id.split('-') as [string, string];
    const list = byPos.get(pos);
    if (!list) continue;
    const x = Number(offset);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    const next = list[lo];
    if (next === undefined || next - x > 100) continue;
    if (run.length && run[0]?.id.endsWith(`-${pos}`) === false) flush();
    run.push({ id, to: `${String(next).padStart(8, '0')}-${pos}`, delta: next - x });
  }
  flush();
  return out;
}

/** The wordnet with its synset ids mapped (`alignIds`); ids the map lacks are dropped. */
export function remapOmw(omw: Omw, map: Map<string, string>): Omw {
  const to = (id: string) => map.get(id);
  const out: Omw = { synsetsOf: new Map(), lemmasOf: new Map(), definitions: new Map() };
  for (const [lemma, ids] of omw.synsetsOf) {
    const mapped = ids.map(to).filter((x): x is string => x !== undefined);
    if (mapped.length) out.synsetsOf.set(lemma, [...new Set(mapped)]);
  }
  for (const [id, lemmas] of omw.lemmasOf) {
    const m = to(id);
    if (m) out.lemmasOf.set(m, lemmas);
  }
  for (const [id, def] of omw.definitions) {
    const m = to(id);
    if (m) out.definitions.set(m, def);
  }
  return out;
}

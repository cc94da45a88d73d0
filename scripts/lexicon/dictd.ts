// Pure parsing of the FreeDict English–Indonesian dictionary (dictd format, from WikDict/Wiktionary)
// and the two derived word lists: Indonesian→English (by inversion) and English→Indonesian.
// No I/O here: build-lexicon.ts reads the files; tests/unit/lexicon-build.test.ts feeds samples.

const DICTD_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a dictd index number (base64 digits, most significant first; not RFC 4648 padding). */
export function decodeDictdNumber(digits: string): number {
  let n = 0;
  for (const ch of digits) {
    const v = DICTD_BASE64.indexOf(ch);
    if (v < 0)
      throw new Error(`not a dictd base64 digit: ${JSON.stringify(ch)} in ${JSON.stringify(digits)}`);
    n = n * 64 + v;
  }
  return n;
}

export interface IndexRecord {
  /** The index's headword: normalised by dictfmt (lower-cased, punctuation dropped). */
  key: string;
  offset: number;
  length: number;
}

/** Parses a dictd .index file: `headword\tOFFSET\tLENGTH` per line. */
export function parseIndex(text: string): IndexRecord[] {
  const out: IndexRecord[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [key, offset, length] = line.split('\t');
    if (key === undefined || offset === undefined || length === undefined) {
      throw new Error(`bad dictd index line: ${JSON.stringify(line)}`);
    }
    out.push({ key, offset: decodeDictdNumber(offset), length: decodeDictdNumber(length) });
  }
  return out;
}

/**
 * The entry texts, in dictionary order, cut from the uncompressed .dict by the index offsets (byte
 * offsets into UTF-8). Entries the index lists twice are returned once; the header entries
 * (`00-database-…`) are left out.
 */
export function sliceEntries(index: IndexRecord[], dict: Uint8Array): string[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const seen = new Set<number>();
  const records = [...index].sort((a, b) => a.offset - b.offset);
  const out: string[] = [];
  for (const r of records) {
    // The database's own header entries (`00-database-info`…) are not words.
    if (/^00-?database/.test(r.key) || seen.has(r.offset)) continue;
    seen.add(r.offset);
    if (r.offset + r.length > dict.length)
      throw new Error(`index entry ${r.key} points past the end of the .dict`);
    out.push(decoder.decode(dict.subarray(r.offset, r.offset + r.length)));
  }
  return out;
}

export interface DictSense {
  /** Indonesian translations, cleaned: links resolved, optional parts expanded (base form first). */
  translations: string[];
  /** For each translation, its place on the line: the forms of `mengemudi(kan)` share one. */
  positions: number[];
  /** English definition lines (context for a human; not used for ranking). */
  definitions: string[];
}

export interface DictEntry {
  /** The English headword as written on the entry's first line (case and punctuation kept). */
  headword: string;
  /** Part of speech from `<…>` on the first line (`n`, `v`, `pn`, `phraseologicalUnit`…), or null. */
  pos: string | null;
  senses: DictSense[];
}

/** Parts of speech whose entries are not words: skipped entirely. */
const AFFIX_POS = new Set(['suffix', 'prefix', 'infix', 'circumfix', 'interfix', 'affix']);

const SENSE_START = /^(\d+)\. ?(.*)$/;
/** A sub-definition number that dictfmt glues to the end of the previous line ("sentris 2."). */
const TRAILING_NUMBER = /(?:^|\s+)\d+\.$/;
const MARKER_LINE = /^\s*\d+\.$/;

/** Splits the first line into headword and part of speech; the pronunciations in /…/ are dropped. */
export function parseHeadLine(line: string): { headword: string; pos: string | null } {
  let rest = line.trim();
  let pos: string | null = null;
  const posMatch = /\s*<([^<>]+)>$/.exec(rest);
  if (posMatch) {
    pos = posMatch[1] ?? null;
    rest = rest.slice(0, posMatch.index);
  }
  // Pronunciations are `/…/`, `//…//` or `/[…]/`, each preceded by a space; a slash inside the
  // headword ("and/or") has no space before it.
  const pron = rest.indexOf(' /');
  const headword = (pron >= 0 ? rest.slice(0, pron) : rest).trim();
  return { headword, pos };
}

/** `[[target|shown]]` → shown, `[[target]]` → target. */
export function resolveLinks(text: string): string {
  return text.replace(/\[\[([^[\]]*)\]\]/g, (_, inner: string) => {
    const bar = inner.lastIndexOf('|');
    return bar >= 0 ? inner.slice(bar + 1) : inner;
  });
}

/** Splits on commas outside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Optional parts in parentheses. Glued to a word, `mengemudi(kan)` / `(ber)main` is an optional
 * affix: both forms are returned, the shorter first. Standing apart, `(orang) brengsek` or
 * `kependekan (dari)` is a note or an optional word: it is dropped.
 */
export function expandOptional(text: string): string[] {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (!/\([^()]*\)/.test(text)) return [clean(text)].filter((s) => s !== '');
  const without = clean(text.replace(/\s*\([^()]*\)\s*/g, (m) => (/^\s|\s$/.test(m) ? ' ' : '')));
  const glued = /[\p{L}\p{N}-]\([^()\s]+\)|\([^()\s]+\)[\p{L}\p{N}]/u.test(text);
  const out = [without];
  if (glued) out.push(clean(text.replace(/\(([^()]*)\)/g, '$1')));
  return [...new Set(out.filter((s) => s !== '' && !/[()]/.test(s)))];
}

/**
 * The translations on one line. `keepWhole` keeps the line as a single translation (proverbs and
 * set phrases whose Indonesian contains commas of its own).
 */
export function parseTranslationLine(
  line: string,
  keepWhole = false,
): { translations: string[]; positions: number[] } {
  const translations: string[] = [];
  const positions: number[] = [];
  const text = resolveLinks(line).replace(TRAILING_NUMBER, '').trim();
  if (text === '') return { translations, positions };
  const parts = keepWhole ? [text] : splitTopLevel(text, ',');
  let position = 0;
  for (const part of parts) {
    const forms = expandOptional(part).filter((t) => !translations.includes(t));
    if (forms.length === 0) continue;
    for (const t of forms) {
      translations.push(t);
      positions.push(position);
    }
    position++;
  }
  return { translations, positions };
}

/**
 * Parses one dictd entry. Returns null for the database header entries (`00-database-…`) and for
 * affix entries (`<suffix>`, `<prefix>`), which are not words.
 *
 * Layout: the first line is `headword /pron/ … <pos>`. Each sense is a line of Indonesian
 * translations, numbered `N. ` when the entry has several senses, then English definition lines.
 * When a sense has several definitions, dictfmt numbers them too and glues the first number to the
 * end of the translation line (`tua 2.`); the others stand on lines of their own (` 3.`).
 */
export function parseDictEntry(text: string): DictEntry | null {
  const lines = text.replace(/\r/g, '').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  const first = lines.shift();
  if (first === undefined) return null;
  const { headword, pos } = parseHeadLine(first);
  if (headword === '' || headword.startsWith('00-database') || headword.startsWith('00database')) return null;
  if (pos !== null && AFFIX_POS.has(pos)) return null;
  // A heading like `-ation` whose part of speech was lost is an affix as well.
  if (/^-|-$/.test(headword)) return null;

  const keepWhole = (raw: string) =>
    pos === 'proverb' ||
    // "on your mark, get set, go": the commas in the translation mirror those of the headword.
    (headword.includes(',') && raw.split(',').length === headword.split(',').length);

  const senses: DictSense[] = [];
  let numbered = false;
  let current: DictSense | null = null;
  for (const rawLine of lines) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') continue;
    const m = SENSE_START.exec(line);
    const expected = senses.length + 1;
    // A new numbered sense: `N. translations` at the start of the line, numbered in sequence.
    if (m && Number(m[1]) === expected && (numbered || expected === 1)) {
      numbered = true;
      const raw = m[2] ?? '';
      current = { ...parseTranslationLine(raw, keepWhole(raw)), definitions: [] };
      senses.push(current);
      continue;
    }
    if (MARKER_LINE.test(line)) continue;
    if (current === null) {
      // Unnumbered entry: the first line is the only translation line.
      current = { ...parseTranslationLine(line, keepWhole(line)), definitions: [] };
      senses.push(current);
      continue;
    }
    current.definitions.push(line.replace(TRAILING_NUMBER, '').trim());
  }
  return { headword, pos, senses };
}

// ---------------------------------------------------------------------------------------------
// Indonesian → English, by inversion

const WORD_CHARS = /^[\p{L}\p{M}'’-]+$/u;

/**
 * Whether a cleaned translation is a usable Indonesian headword (not a sentence or a note). A
 * capitalised phrase of three or more words passes only as a name: in Title Case, or translating a
 * proper noun.
 */
export function isUsableIndonesian(t: string, properNoun = false): boolean {
  const s = t.trim();
  if (s === '' || s.includes('...') || s.includes('…')) return false;
  if (/^[\d\s.,:/-]+$/.test(s)) return false;
  if (/[?!.;:"“”=+*/\\[\]{}<>]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 4) return false;
  if (!words.every((w) => WORD_CHARS.test(w.replace(/\d/g, 'x')))) return false;
  // "Aku rasa tidak" is a sentence; "Republik Rakyat Tiongkok" is a name.
  if (words.length > 2 && /^\p{Lu}/u.test(s) && !properNoun) {
    const titleCase = words.every(
      (w) => /^[\p{Lu}\d]/u.test(w) || /^(?:dan|di|dari|ke|untuk|dengan|yang|bin|binti)$/.test(w),
    );
    if (!titleCase) return false;
  }
  return true;
}

/** An English headword that reads as a plain word: letters (and inner hyphens/apostrophes) only. */
function isPlainWord(h: string): boolean {
  return /^[\p{L}]+(?:['’-][\p{L}]+)*$/u.test(h);
}

const PHRASE_POS = new Set(['phraseologicalUnit', 'proverb', 'interjection']);

/** One English headword offered as the gloss of one Indonesian word: its best placing. */
interface Candidate {
  gloss: string;
  properNoun: boolean;
  /** 0 when a sense listed this translation first. */
  notFirst: number;
  /** 0 single plain word, 1 multiword or punctuated headword, 2 set phrase / proverb. */
  shape: number;
  /** How many senses of the headword (over all its entries) list the word. */
  support: number;
  sense: number;
  position: number;
  /** How many translations that sense has: a sole translation is the most exact. */
  senseSize: number;
  /** Senses the headword has over all its entries: many senses ≈ a common word. */
  richness: number;
  order: number;
}

/** Lower sorts first. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.notFirst - b.notFirst ||
    a.shape - b.shape ||
    b.support - a.support ||
    a.sense - b.sense ||
    a.position - b.position ||
    a.senseSize - b.senseSize ||
    b.richness - a.richness ||
    a.gloss.length - b.gloss.length ||
    a.order - b.order
  );
}

export interface InvertOptions {
  /** Glosses kept per Indonesian word (default 4). */
  maxGlosses?: number;
}

/**
 * Inverts the English→Indonesian entries into Indonesian → English glosses, best first: headwords
 * whose sense listed the word first; single plain words before multiword headwords, and those
 * before set phrases; headwords listing the word in more senses; earlier senses and positions;
 * senses with fewer translations; headwords with more senses. Proper-noun glosses (`<pn>`) are kept
 * only when the word has no other. Keys are lower-cased; glosses keep their case (acronyms, names)
 * and are deduplicated ignoring it.
 */
export function invert(entries: DictEntry[], options: InvertOptions = {}): Map<string, string[]> {
  const max = options.maxGlosses ?? 4;
  const richness = new Map<string, number>();
  for (const e of entries) {
    const k = e.headword.toLowerCase();
    richness.set(k, (richness.get(k) ?? 0) + e.senses.length);
  }
  /** Indonesian key → lower-cased English headword → best candidate. */
  const candidates = new Map<string, Map<string, Candidate>>();
  let order = 0;
  for (const e of entries) {
    const shape =
      e.pos !== null && PHRASE_POS.has(e.pos) && /\s/.test(e.headword) ? 2 : isPlainWord(e.headword) ? 0 : 1;
    const glossKey = e.headword.toLowerCase();
    e.senses.forEach((sense, senseIndex) => {
      const counted = new Set<string>();
      const senseSize = new Set(sense.positions).size;
      sense.translations.forEach((t, i) => {
        // An expanded optional form shares its base's place on the line.
        const position = sense.positions[i] ?? i;
        if (!isUsableIndonesian(t, e.pos === 'pn')) return;
        const key = t.toLowerCase();
        const byGloss = candidates.get(key) ?? new Map<string, Candidate>();
        candidates.set(key, byGloss);
        const candidate: Candidate = {
          gloss: e.headword,
          properNoun: e.pos === 'pn',
          notFirst: position === 0 ? 0 : 1,
          shape,
          support: 1,
          sense: senseIndex,
          position,
          senseSize,
          richness: richness.get(glossKey) ?? 0,
          order: order++,
        };
        const previous = byGloss.get(glossKey);
        if (!previous) {
          byGloss.set(glossKey, candidate);
        } else {
          const support = previous.support + (counted.has(key) ? 0 : 1);
          // A common-noun reading of a headword beats its proper-noun one ("man" over "Man").
          const better =
            Number(candidate.properNoun) - Number(previous.properNoun) ||
            compareCandidates(candidate, previous);
          byGloss.set(glossKey, { ...(better < 0 ? candidate : previous), support });
        }
        counted.add(key);
      });
    });
  }
  const out = new Map<string, string[]>();
  for (const key of [...candidates.keys()].sort()) {
    const list = [...(candidates.get(key)?.values() ?? [])];
    const common = list.filter((c) => !c.properNoun);
    const chosen = (common.length > 0 ? common : list).sort(compareCandidates);
    out.set(
      key,
      chosen.slice(0, max).map((c) => c.gloss),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// English → Indonesian

export interface EnglishIndexOptions {
  /** Translations kept per English headword (default 5). */
  maxTranslations?: number;
}

/**
 * English headword (lower-cased) → its Indonesian translations in dictionary order, first sense
 * first: each sense's first translation, then the others. Entries sharing a lower-cased headword
 * are merged, common words before proper nouns.
 */
export function englishIndex(entries: DictEntry[], options: EnglishIndexOptions = {}): Map<string, string[]> {
  const max = options.maxTranslations ?? 5;
  const groups = new Map<string, DictEntry[]>();
  for (const e of entries) {
    const key = e.headword.toLowerCase();
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const out = new Map<string, string[]>();
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key) ?? [];
    const ordered: string[] = [];
    const seen = new Set<string>();
    const add = (t: string) => {
      const k = t.toLowerCase();
      if (seen.has(k) || ordered.length >= max) return;
      seen.add(k);
      ordered.push(t);
    };
    // Common words before proper nouns ("us" before "US"). Within each, every sense's first
    // translation in order, then the others: the list covers the senses before their synonyms.
    for (const group of [list.filter((e) => e.pos !== 'pn'), list.filter((e) => e.pos === 'pn')]) {
      const senses = group.flatMap((e) => e.senses.map((s) => s.translations.filter(isUsableTranslation)));
      for (const s of senses) if (s[0] !== undefined) add(s[0]);
      for (const s of senses) for (const t of s.slice(1)) add(t);
    }
    if (ordered.length > 0) out.set(key, ordered);
  }
  return out;
}

/** English→Indonesian keeps sentences (a proverb's translation is one) but not notes or blanks. */
function isUsableTranslation(t: string): boolean {
  const s = t.trim();
  return s !== '' && !s.includes('...') && !s.includes('…') && !/^[\d\s.,:/-]+$/.test(s);
}

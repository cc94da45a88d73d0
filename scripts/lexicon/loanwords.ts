// Indonesian loanwords → the English words they were spelt from. Indonesian takes international
// words in by regular spelling rules (Pedoman Umum Pembentukan Istilah, the official guide to
// forming terms: -tion → -si, -ity → -itas, -ive → -if, -ic → -ik, c → k, x → ks, ph → f, y → i, th → t,
// doubled letters single), so many words the dictionaries lack (sertifikasi, kompetensi, inklusif,
// proporsional, mediasi, importir) can be read back: undo an ending rule, respell the stem letter
// by letter, and keep only what is an English word in WordNet. The search walks the English
// spellings letter by letter and prunes at once any prefix no English word starts with, so it
// stays small however many respellings a letter has.
//
// Used by the lexicon build for root words (hunspell-id) that no dictionary glosses; the lexicon's
// README gives the rule and its measured precision.

/** Indonesian ending → the English endings it comes from, longest Indonesian ending first. */
const ENDINGS: readonly [string, readonly string[]][] = [
  ['isasi', ['ization', 'isation']],
  ['ivitas', ['ivity']],
  ['bilitas', ['bility']],
  ['isme', ['ism']],
  ['ensi', ['ence', 'ency']],
  ['ansi', ['ance', 'ancy']],
  ['itas', ['ity']],
  ['asi', ['ation', 'acy']],
  ['tas', ['ty']],
  ['si', ['tion', 'sion', 'ssion', 'sy', 'cy', 'sis']],
  ['is', ['ic', 'ist', 'ical', 'is', 'ics']],
  ['ik', ['ic', 'ics', 'ical', 'ique']],
  ['if', ['ive', 'ssive']],
  ['ur', ['ure']],
  ['ir', ['er', 'eur']],
  ['or', ['or', 'er']],
  ['en', ['ent', 'ence']],
  ['an', ['ant']],
  ['at', ['ate']],
  ['og', ['ogue']],
  ['i', ['y', 'ie']],
  ['', ['', 'e']],
];

/** Indonesian letters (or pairs) → the English spellings they stand for, the same letter first. */
const LETTERS: Readonly<Record<string, readonly string[]>> = {
  ks: ['x', 'cs'],
  kw: ['qu'],
  ku: ['qu', 'cu', 'ku'],
  kh: ['ch', 'kh'],
  si: ['ti', 'ci', 'sci'],
  k: ['c', 'k', 'ck', 'ch', 'cc', 'q', 'ct'],
  s: ['s', 'c', 'ss', 'sc', 'z'],
  f: ['f', 'ph', 'ff', 'v'],
  i: ['i', 'y'],
  t: ['t', 'th', 'tt'],
  y: ['y', 'j', 'i'],
  j: ['j', 'g'],
  e: ['e', 'ae'],
  l: ['l', 'll'],
  m: ['m', 'mm'],
  n: ['n', 'nn'],
  p: ['p', 'pp'],
  r: ['r', 'rr', 'rh'],
  g: ['g', 'gg'],
  b: ['b', 'bb'],
  d: ['d', 'dd'],
  z: ['z', 's'],
};

export interface EnglishWords {
  has(word: string): boolean;
  hasPrefix(prefix: string): boolean;
}

/** The lookup sets for a list of English words. */
export function englishWords(words: Iterable<string>): EnglishWords {
  const all = new Set<string>();
  const prefixes = new Set<string>();
  for (const w of words) {
    all.add(w);
    for (let i = 1; i <= w.length; i++) prefixes.add(w.slice(0, i));
  }
  return { has: (w) => all.has(w), hasPrefix: (p) => p === '' || prefixes.has(p) };
}

export interface Respelling {
  english: string;
  /** Letters respelt (0: the stem is written the same in both languages). */
  changes: number;
}

/**
 * The English words an Indonesian word can be respelt to, fewest changes first. Only words of at
 * least five letters, written in plain letters, are tried.
 */
export function respell(word: string, english: EnglishWords, limit = 3): Respelling[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return [];
  const found = new Map<string, number>();
  /** The order each candidate was found in: the more specific ending rules come first. */
  const order = new Map<string, number>();
  for (const [ending, englishEndings] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, word.length - ending.length);
    const walk = (i: number, built: string, changes: number) => {
      if (changes > 4) return;
      if (i === stem.length) {
        for (const e of englishEndings) {
          const candidate = built + e;
          if (candidate.length >= 5 && english.has(candidate)) {
            const cost = changes + (e === ending ? 0 : 1);
            if (!found.has(candidate) || (found.get(candidate) as number) > cost) found.set(candidate, cost);
            if (!order.has(candidate)) order.set(candidate, order.size);
          }
        }
        return;
      }
      for (const size of [2, 1]) {
        const piece = stem.slice(i, i + size);
        if (piece.length < size) continue;
        const options = LETTERS[piece] ?? (size === 1 ? [piece] : []);
        for (const option of options) {
          const next = built + option;
          if (english.hasPrefix(next)) walk(i + size, next, changes + (option === piece ? 0 : 1));
        }
      }
    };
    walk(0, '', 0);
  }
  return [...found]
    .map(([english, changes]) => ({ english, changes }))
    .sort(
      (a, b) => a.changes - b.changes || (order.get(a.english) as number) - (order.get(b.english) as number),
    )
    .slice(0, limit);
}

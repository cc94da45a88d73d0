// The affix rules of the Indonesian stemmer, as data: Enhanced Confix Stripping (Arifin, Mahendra and
// Ciptaningtyas 2009), after Nazief and Adriani (1996) and Asian et al. (2005), with the further
// rules the Sastrawi project published (17c/d, 30c, 39–42). The engine is
// src/core/stem/indonesian.ts; a new rule is a line here. The clitics (the particles and
// possessives taken off the end, the proclitics ku- and kau-) are the language's own list, in
// `index.ts`: the glossary's language data and the word lookup read the same one.
//
// A prefix rule matches the start of a word with `match` (a regular expression over lower-case
// letters) and rewrites it with each of `to` in turn (`$1`, `$2`… are the groups): every rewrite is
// a candidate; the engine keeps those that lead to a root. `prefix` is what the rule removes, as a
// learner would write it (meN-, peN-…), for the affix breakdown.
import { encliticForms } from '../descriptor';
import { indonesian } from './index';

export interface PrefixRule {
  id: string;
  prefix: string;
  match: RegExp;
  to: readonly string[];
}

/** V: a vowel; C: a consonant. */
const V = '[aiueo]';
const C = '[bcdfghjklmnpqrstvwxyz]';

export const PREFIX_RULES: readonly PrefixRule[] = [
  // ber-
  { id: '1', prefix: 'ber-', match: new RegExp(`^ber(${V}.*)$`), to: ['$1', 'r$1'] },
  { id: '2', prefix: 'ber-', match: /^ber([bcdfghjklmnpqstvwxyz][a-z](?!er).*)$/, to: ['$1'] },
  { id: '3', prefix: 'ber-', match: new RegExp(`^ber([bcdfghjklmnpqstvwxyz][a-z]er${V}.*)$`), to: ['$1'] },
  { id: '4', prefix: 'ber-', match: /^belajar$/, to: ['ajar'] },
  { id: '5', prefix: 'ber-', match: new RegExp(`^be([bcdfghjkmnpqstvwxyz]er${C}.*)$`), to: ['$1'] },
  // ter-
  { id: '6', prefix: 'ter-', match: new RegExp(`^ter(${V}.*)$`), to: ['$1', 'r$1'] },
  { id: '7', prefix: 'ter-', match: new RegExp(`^ter([bcdfghjklmnpqstvwxyz]er${V}.*)$`), to: ['$1'] },
  { id: '8', prefix: 'ter-', match: /^ter([bcdfghjklmnpqstvwxyz](?!er).*)$/, to: ['$1'] },
  { id: '9', prefix: 'ter-', match: new RegExp(`^te([bcdfghjklmnpqstvwxyz]er${C}.*)$`), to: ['$1'] },
  { id: '35', prefix: 'ter-', match: new RegExp(`^ter([bcdfghjklmnpqstvwxyz]er${C}.*)$`), to: ['$1'] },
  // meN-
  { id: '10', prefix: 'meN-', match: new RegExp(`^me([lrwy]${V}.*)$`), to: ['$1'] },
  { id: '11', prefix: 'meN-', match: /^mem([bfv].*)$/, to: ['$1'] },
  { id: '12', prefix: 'meN-', match: /^mem(pe.*)$/, to: ['$1'] },
  { id: '13', prefix: 'meN-', match: new RegExp(`^mem((?:r?)${V}.*)$`), to: ['m$1', 'p$1'] },
  { id: '14', prefix: 'meN-', match: /^men([cdjstz].*)$/, to: ['$1'] },
  { id: '15', prefix: 'meN-', match: new RegExp(`^men(${V}.*)$`), to: ['n$1', 't$1'] },
  { id: '16', prefix: 'meN-', match: /^meng([ghqk].*)$/, to: ['$1'] },
  { id: '17', prefix: 'meN-', match: new RegExp(`^meng(${V}.*)$`), to: ['$1', 'k$1', 'ng$1'] },
  { id: '17c', prefix: 'menge-', match: new RegExp(`^menge(${C}.*)$`), to: ['$1'] },
  { id: '18', prefix: 'meN-', match: new RegExp(`^meny(${V}.*)$`), to: ['s$1', 'ny$1'] },
  { id: '19', prefix: 'meN-', match: /^mem(p[abcdfghijklmnopqrstuvwxyz].*)$/, to: ['$1'] },
  // peN-, per-, pe-
  { id: '20', prefix: 'pe-', match: new RegExp(`^pe([wy]${V}.*)$`), to: ['$1'] },
  { id: '21', prefix: 'per-', match: new RegExp(`^per(${V}.*)$`), to: ['$1', 'r$1'] },
  { id: '23', prefix: 'per-', match: /^per([bcdfghjklmnpqstvwxyz][a-z](?!er).*)$/, to: ['$1'] },
  { id: '24', prefix: 'per-', match: new RegExp(`^per([bcdfghjklmnpqstvwxyz][a-z]er${V}.*)$`), to: ['$1'] },
  { id: '25', prefix: 'peN-', match: /^pem([bfv].*)$/, to: ['$1'] },
  { id: '26', prefix: 'peN-', match: new RegExp(`^pem((?:r?)${V}.*)$`), to: ['m$1', 'p$1'] },
  { id: '27', prefix: 'peN-', match: /^pen([cdjstz].*)$/, to: ['$1'] },
  { id: '28', prefix: 'peN-', match: new RegExp(`^pen(${V}.*)$`), to: ['n$1', 't$1'] },
  { id: '29', prefix: 'peN-', match: /^peng([bcdfghjklmnpqrstvwxyz].*)$/, to: ['$1'] },
  { id: '30', prefix: 'peN-', match: new RegExp(`^peng(${V}.*)$`), to: ['$1', 'k$1'] },
  { id: '30c', prefix: 'penge-', match: new RegExp(`^penge(${C}.*)$`), to: ['$1'] },
  { id: '31', prefix: 'peN-', match: new RegExp(`^peny(${V}.*)$`), to: ['s$1', 'ny$1'] },
  { id: '32', prefix: 'pe-', match: /^pelajar(.*)$/, to: ['ajar$1'] },
  { id: '32b', prefix: 'pe-', match: new RegExp(`^pe(l${V}.*)$`), to: ['$1'] },
  { id: '33', prefix: 'pe-', match: new RegExp(`^pe([bcdfghjkpqstvxz]er${V}.*)$`), to: ['$1'] },
  { id: '34', prefix: 'pe-', match: /^pe([bcdfghjkpqstvxz](?!er).*)$/, to: ['$1'] },
  { id: '36', prefix: 'pe-', match: new RegExp(`^pe([bcdfghjkpqstvxz]er${C}.*)$`), to: ['$1'] },
  // ketidak- (ke- + tidak, only with -an: ketidakpastian, ketidakadilan, ketidakmampuan)
  { id: 'ketidak', prefix: 'ketidak-', match: /^ketidak(.{2,})$/, to: ['$1'] },
  // di-, ke-, se- (plain)
  { id: 'di', prefix: 'di-', match: /^di(.+)$/, to: ['$1'] },
  { id: 'ke', prefix: 'ke-', match: /^ke(.+)$/, to: ['$1'] },
  { id: 'se', prefix: 'se-', match: /^se(.+)$/, to: ['$1'] },
  // ku-, kau- (proclitic pronouns; Sastrawi's rules 41 and 42), from the language's clitics.
  ...indonesian.clitics.proclitics.map((p) => ({
    id: p,
    prefix: `${p}-`,
    match: new RegExp(`^${p}(.+)$`),
    to: ['$1'],
  })),
];

/** Infixes (-er-, -el-, -em-, -in-): tried on the stem when nothing else leads to a root. */
export const INFIX_RULES: readonly PrefixRule[] = [
  { id: '37', prefix: '-er-', match: new RegExp(`^(${C})er(${V}.*)$`), to: ['$1$2'] },
  { id: '38', prefix: '-el-', match: new RegExp(`^(${C})el(${V}.*)$`), to: ['$1$2'] },
  { id: '39', prefix: '-em-', match: new RegExp(`^(${C})em(${V}.*)$`), to: ['$1$2'] },
  { id: '40', prefix: '-in-', match: new RegExp(`^(${C})in(${V}.*)$`), to: ['$1$2'] },
];

/** Particles, then possessive pronouns, then derivational suffixes, in the order they are removed. */
export const PARTICLES: readonly string[] = encliticForms(indonesian, 'particle');
export const POSSESSIVES: readonly string[] = encliticForms(indonesian, 'possessive');
/** -wan/-wati (karyawan, budayawati) are rarer than the three of ECS, and tried after them. */
export const DERIVATIONAL = ['kan', 'an', 'i', 'wan', 'wati'] as const;

/**
 * Prefix and suffix pairs that do not occur together (Nazief and Adriani): be-…-i, di-…-an,
 * ke-…-i, ke-…-kan, me-…-an, se-…-i, se-…-kan, te-…-an. Keyed by the prefix's family.
 */
export const DISALLOWED_CONFIXES: Readonly<Record<string, readonly string[]>> = {
  'ber-': ['i'],
  'ketidak-': ['i', 'kan'],
  'di-': ['an'],
  'ke-': ['i', 'kan'],
  'meN-': ['an'],
  'menge-': ['an'],
  'se-': ['i', 'kan'],
  'ter-': ['an'],
};

/**
 * Prefixes before which no other prefix comes (a word has di-per-, not per-di-; se- may follow
 * per-: persemakmuran), proclitics included.
 */
export const OUTER_ONLY: ReadonlySet<string> = new Set([
  'di-',
  'ketidak-',
  'meN-',
  'menge-',
  ...indonesian.clitics.proclitics.map((p) => `${p}-`),
]);

/**
 * Prefixes that may come after only some others: se- after per- or ke- (persemakmuran,
 * kesepakatan); ke- after ber- or di- (the confixes ber-ke-…-an: berkelanjutan, berkesempatan;
 * di-ke-…-i/-kan: diketahui, dikemukakan).
 */
export const ONLY_AFTER: Readonly<Record<string, readonly string[]>> = {
  'se-': ['per-', 'ke-'],
  'ke-': ['ber-', 'di-'],
};

/**
 * The prefixes of the nouns of peN-…-an, pe-…-an and per-…-an, made on the root itself: pelarian
 * (lari, not pelari), perhatian (hati, not perhati), pemerintahan (perintah, not pemerintah).
 */
export const NOUN_PREFIXES: ReadonlySet<string> = new Set(['peN-', 'pe-', 'per-']);

/**
 * How many derivations of a root must be entries before a peN-…-an noun is taken on to it past a
 * root-list noun (lari: berlari, pelari, melarikan…): a short word with no family is not a root the
 * noun was made on (peranan is peran + -an, not per-…-an on ran).
 */
export const MIN_FAMILY = 2;

/**
 * Roots once spelled with an h- that KBBI now writes without (hembus: embus, hutang: utang, hisap:
 * isap): a form in h- + vowel that is no root is tried without its h, where nothing else is found.
 */
export const H_SPELLING = /^h[aiueo]/;

/** The shortest part of a compound joined by a confix (menandatangani: tanda + tangan). */
export const MIN_COMPOUND_PART = 3;

/** Prefixes that come only with a derivational suffix (ketidak-…-an). */
export const NEEDS_SUFFIX: Readonly<Record<string, readonly string[]>> = { 'ketidak-': ['an'] };

/**
 * Entries of their own that KBBI lists under a shorter root (sekitar under kitar, beberapa under
 * berapa): the stemmer keeps an entry whole unless its glosses agree with a split, and these have
 * drifted too far in meaning for the glosses to agree ("about" and "circle"). Each gives its root
 * and the affix between them; a form built on one (sekitarnya) reaches the same root. Taken from
 * the misses of the tune half of UD Indonesian-PUD (scripts/lexicon/score-stemmer.ts) and checked
 * against KBBI's entries; the held-out half was not looked at for them.
 */
export const LEXICALISED: Readonly<
  Record<string, { root: string; affix: string; kind: 'prefix' | 'reduplication' }>
> = {
  // be·be·ra·pa: berapa with its first syllable doubled.
  beberapa: { root: 'berapa', affix: 'reduplication', kind: 'reduplication' },
  peluang: { root: 'luang', affix: 'peN-', kind: 'prefix' },
  persegi: { root: 'segi', affix: 'per-', kind: 'prefix' },
  sebagaimana: { root: 'bagaimana', affix: 'se-', kind: 'prefix' },
  sebelah: { root: 'belah', affix: 'se-', kind: 'prefix' },
  sekali: { root: 'kali', affix: 'se-', kind: 'prefix' },
  sekitar: { root: 'kitar', affix: 'se-', kind: 'prefix' },
  seragam: { root: 'ragam', affix: 'se-', kind: 'prefix' },
  seseorang: { root: 'orang', affix: 'se-', kind: 'prefix' },
  sesuatu: { root: 'suatu', affix: 'se-', kind: 'prefix' },
  terlalu: { root: 'lalu', affix: 'ter-', kind: 'prefix' },
};

// What Lentera knows about one language, as data: one descriptor per folder of src/core/languages
// (`<code>/index.ts`), all of them listed in `registry.ts`. A new language is a new folder and a
// line in the registry; the code that reads these facts (cleaning, related-link lines, reading
// time, clitics, sentence splitting, the language-data generator) takes them from the registry.
//
// Descriptors are plain data, and every bundle that reads one carries all of them (the content
// script, injected into every page, too): engines, and lists that only a build script reads, stay
// out. The Indonesian stemmer (src/core/stem/indonesian.ts) and the English lemmatiser
// (src/core/lexicon/english.ts) are code that only the background runs; their rule tables are
// data of their language and live in its folder (`id/stem-rules.ts`, `en/lemma-rules.ts`),
// imported by the engine, not by the descriptor. The hand lists of the generated language data
// are `<code>/term-words.ts`, read by scripts/glossary/make-language-data.ts alone.

/**
 * A word or phrase as written (matched case-insensitively, as a whole word), or a regular
 * expression for a family of them (`/ads?/`, `/advert\w*`/): only its source is used, with no
 * flags, spliced into a larger expression.
 */
export type WordPattern = string | RegExp;

/** A clitic written after a word, joined to it (bukunya, bukunyalah, Moskownya, CSTO-nya). */
export interface Enclitic {
  form: string;
  /**
   * Possessive pronouns (-nya, -ku, -mu) sit next to the word; particles (-lah, -kah) outside
   * them, and are taken off first (bukunyalah: -lah, then -nya).
   */
  kind: 'possessive' | 'particle';
  /**
   * Whether a glossary name may carry it ("Moskownya", "CSTO-nya"): these go to the
   * language-data file (`clitics`), for the term matcher and the summariser.
   */
  afterNames: boolean;
}

export interface LanguageDescriptor {
  /** The BCP 47 primary subtag ("id", "en"), as `primaryLanguage` returns it. */
  code: string;
  /** The language's English name. */
  name: string;
  /**
   * The ISO 639 macrolanguage the language belongs to, if any (Indonesian and Malay: "ms"). A
   * detector's verdict never moves a page from one member of a macrolanguage to another.
   */
  macrolanguage?: string;
  /** Words a minute for the reading-time estimate (a conventional figure for adult readers). */
  readingWordsPerMinute: number;
  clitics: {
    /** Written before a word, joined to it (kupukul, kaupukul), without the hyphen. */
    proclitics: readonly string[];
    /** In the order each kind is tried (a word ends in at most one of each). */
    enclitics: readonly Enclitic[];
  };
  /**
   * Frequent words that tell this language from a close one that trigram detectors mix it up
   * with: words the other spells or says differently (Indonesian bahwa, Malay bahawa).
   */
  distinctFrom?: { language: string; words: readonly string[] };
  /**
   * What the article cleaner removes, in this language's words. The cleaner uses the words of
   * every registered language at once: pages mix them ("READ …" on an Indonesian page, English
   * class names on every site).
   */
  cleaning: {
    /** Leads of lines that only point to other articles ("Baca juga: …", "Read more: …"). */
    relatedLinkLeads: readonly string[];
    /** Whole short lines that only mark an ad or ask the reader to scroll. */
    adMarkerLines: readonly string[];
    /** Words a byline starts with near the top ("Oleh …", "Written by …"). */
    bylineLeads: readonly string[];
    /** Class or id words of boxes inside article bodies that are not the story (share, terkait). */
    noiseClassWords: readonly WordPattern[];
    /** Class words of small boxes around the story: bylines, meta lines, labels, credits. */
    labelClassWords: readonly WordPattern[];
    /**
     * Parts of class names that only place a box, after what it is ("ad-slot-top",
     * "iklan-tengah"); see src/core/boilerplate.ts.
     */
    classPlaceWords: readonly WordPattern[];
    /**
     * Starts of credit lines at the end of an article ("Editing by …", "Artikel ini telah tayang
     * di …"); a string ending in a letter must end at a word boundary.
     */
    creditLeads: readonly WordPattern[];
    /**
     * Leads of photo and video credits ("Foto: Antara", "(Photo: Reuters)"), lower case, before
     * their colon: captions glued to the story's sentences, never part of a summary.
     */
    photoCreditLeads: readonly string[];
    /** Whole headings over a list of references or sources ("References", "Daftar pustaka"). */
    referenceHeadings: readonly WordPattern[];
    /** The verb of a short author bio ("is a", "adalah"), lower case. */
    bioCopulas: readonly WordPattern[];
    /** The role a short author bio names ("reporter", "wartawan"), lower case. */
    bioRoles: readonly WordPattern[];
  };
  /**
   * Abbreviations after which a dot does not end a sentence, without the dot: `titles` as
   * written or in capitals (Dr, DR), `anyCase` in any case (dkk, vs).
   */
  abbreviations?: { titles: readonly string[]; anyCase: readonly string[] };
  /**
   * The term engine's word lists (assets/languages/<code>.json, written by
   * scripts/glossary/make-language-data.ts from stopwords-iso, the clitics above and the hand
   * lists of `<code>/term-words.ts`). A page in a language without them still gets glossary
   * matching, with the word lists of the pack's languages and no clitics.
   */
  termData?: {
    /**
     * The generated file, relative to assets/ and to the built extension's root (the background
     * reads `languages/<code>.json`).
     */
    file: string;
    /** The stopwords-iso list the common words start from (MIT). */
    stopwords: string;
  };
}

/**
 * The hand lists of a language's language data, exported as `termWords` by `<code>/term-words.ts`
 * beside its descriptor. Only the generator reads them, so they are kept out of the descriptor
 * (and so out of the bundles).
 */
export interface TermWords {
  /** Common words stopwords-iso lacks (never a name on their own, even capitalised). */
  extraCommonWords: readonly string[];
  /** Titles, forms of address and other words that stand before names but are not part of them. */
  titles: readonly string[];
  /** Days, months and time zones: capitalised, but not names of things to explain. */
  calendar: readonly string[];
  /** Lower-case words that may stand inside a name ("bin", "van der"). */
  connectors: readonly string[];
}

/** The language's enclitic forms of one kind (or all), in order. */
export function encliticForms(language: LanguageDescriptor, kind?: Enclitic['kind']): string[] {
  return language.clitics.enclitics.filter((c) => kind === undefined || c.kind === kind).map((c) => c.form);
}

/** The enclitics a name may carry in this language, in order (the language-data file's `clitics`). */
export function nameClitics(language: LanguageDescriptor): string[] {
  return language.clitics.enclitics.filter((c) => c.afterNames).map((c) => c.form);
}

// The background's channel: what content scripts, the popup and the options page may ask of it.
// Each method's params schema (validated on arrival) and its reply type stand side by side; the
// types the methods carry are defined here, once.
import * as v from 'valibot';
import { LANG_SOURCES } from '../core/language';
import type { WordLookup } from '../core/lexicon/lookup';
import type { Profile, ProfiledAnnotation } from '../core/names/profiles';
import type { SummarySentence } from '../core/summary/summarize';
import { type VocabularyItem, vocabularyItemSchema } from '../core/vocabulary/item';
import { VOCABULARY_MAX_ITEMS } from '../core/vocabulary/limits';
import { type Api, type Channel, method } from './channel';
import { CHANNELS } from './names';
import { ARTICLE_LIMITS, type ParseOutcome, parseRequestSchema } from './offscreen-api';
import { BLOCK_KINDS, optionalText, pageLangSchema, tabIdSchema, text } from './schemas';

/** Limits on what a page may report: a hostile or enormous page must not fill the session store. */
export const REPORT_LIMITS = { blocks: 20_000, blockChars: 100_000, totalChars: 3_000_000 };

export const blockSchema = v.object({
  kind: v.picklist(BLOCK_KINDS),
  text: text(REPORT_LIMITS.blockChars),
});

export const articleReportSchema = v.object({
  kind: v.literal('article'),
  url: text(8192),
  title: text(2000),
  /** BCP 47 primary language subtag, or 'und' when it could not be told. */
  lang: pageLangSchema,
  langSource: v.picklist(LANG_SOURCES),
  byline: optionalText(500),
  siteName: optionalText(500),
  publishedTime: optionalText(100),
  excerpt: optionalText(2000),
  dir: v.nullable(v.picklist(['ltr', 'rtl', 'auto'])),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  blocks: v.pipe(
    v.array(blockSchema),
    v.maxLength(REPORT_LIMITS.blocks),
    v.check(
      (blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= REPORT_LIMITS.totalChars,
      `the article text is longer than ${REPORT_LIMITS.totalChars} characters`,
    ),
  ),
  /** Present when only the article's start was read (ARTICLE_LIMITS): how many paragraphs were. */
  cut: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const pageReportSchema = v.variant('kind', [
  articleReportSchema,
  v.object({ kind: v.literal('not-article'), url: text(8192), reason: text(500) }),
  v.object({ kind: v.literal('not-html'), url: text(8192), contentType: text(200) }),
  v.object({ kind: v.literal('failed'), url: text(8192), reason: text(500) }),
  /** The reader switched Lentera off for this site (or everywhere). */
  v.object({ kind: v.literal('off'), url: text(8192) }),
]);

export type PageReport = v.InferOutput<typeof pageReportSchema>;
export type ArticleReport = v.InferOutput<typeof articleReportSchema>;

/**
 * Annotate takes the article text as blocks; megabytes are allowed, and processed in slices.
 * `marks`: the names and terms marked in one article, in reading order (a 50,000-word article
 * has about 5,500); past it the rest are left unmarked and the reply says how many (`cut`), so
 * a page that repeats one name 50,000 times costs no more than a long article.
 */
export const ANNOTATE_LIMITS = {
  blocks: 20_000,
  blockChars: 4_000_000,
  totalChars: 8_000_000,
  marks: ARTICLE_LIMITS.marks,
};

const annotateSchema = v.object({
  blocks: v.pipe(
    v.array(text(ANNOTATE_LIMITS.blockChars)),
    v.maxLength(ANNOTATE_LIMITS.blocks),
    v.check(
      (blocks) => blocks.reduce((n, b) => n + b.length, 0) <= ANNOTATE_LIMITS.totalChars,
      'the text is too long',
    ),
  ),
  pageLang: pageLangSchema,
  /** The reader's language, or null for the one in the settings (or the browser's). */
  readerLang: v.nullable(pageLangSchema),
  url: text(8192),
});

/** What the background keeps of one tab, in storage.session. */
export type TabState =
  | { status: 'loading'; updatedAt: number }
  | ({ status: 'ready'; updatedAt: number } & { report: PageReport });

/** What a card shows of an entry: its labels and glosses in the page's and the reader's language. */
export interface CardEntry {
  id: string;
  kind: string;
  labels: Record<string, { name: string; aliases: string[]; acronyms: string[] }>;
  gloss: Record<string, string>;
  wikipedia: Record<string, string>;
  wikidata: string | null;
  asOf: string | null;
}

export interface AnnotateReply {
  url: string;
  pageLang: string;
  readerLang: string;
  /** Unknown names carry `profile`: what the article says of them (`profiles`). */
  annotations: ProfiledAnnotation[];
  entries: Record<string, CardEntry>;
  profiles: Record<string, Profile>;
  /** Marks left out past `ANNOTATE_LIMITS.marks` (0 on any real article). */
  cut: number;
  /** Milliseconds spent in the background (index on first use, then matching). */
  ms: number;
}

export interface KeyTermItem {
  entryId: string;
  count: number;
  /** Its name in the reader's language (or the page's), and as the article wrote it. */
  name: string;
  text: string;
  kind: string;
}

export interface ArticleSummary {
  url: string;
  pageLang: string;
  readerLang: string;
  sentences: SummarySentence[];
  /** Null while the page's terms are still being matched. */
  keyTerms: KeyTermItem[] | null;
  cached: boolean;
  /** Milliseconds the background spent (summarising, when not cached). */
  ms: number;
}

export interface WordLookupReply {
  readerLang: string;
  /** False when Lentera has no lexicon from the page's language to the reader's. */
  available: boolean;
  result: WordLookup | null;
  /** Milliseconds spent getting the lexicon (loading it, on the worker's first lookup) and looking up. */
  loadMs: number;
  ms: number;
}

export type GlossaryImportReply =
  | { ok: true; id: string; entries: number }
  | { ok: false; errors: { path: string; message: string }[] };

/** The most items one listVocabulary answer holds: 2,000 of the largest size are about 9.4 MB. */
export const VOCABULARY_LIST_PAGE = 2_000;

/** A vocabulary item as a page saves it: the background gives it its id and date. */
export const vocabularySaveSchema = v.omit(vocabularyItemSchema, ['id', 'savedAt']);
export type VocabularySave = v.InferOutput<typeof vocabularySaveSchema>;

/** A save as sent: with the id that makes it apply once, however often it is sent. */
export const saveVocabularySchema = v.object({
  ...vocabularySaveSchema.entries,
  saveId: v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/)),
});
export type SaveVocabularyParams = v.InferOutput<typeof saveVocabularySchema>;

export const backgroundChannel = {
  name: CHANNELS.background,
  api: {
    /** The content script reports what it found on the page of its tab (the sender). */
    reportPage: method(pageReportSchema).returns<{ stored: boolean }>(),
    /** The popup asks for what is known of a tab (also tells it whether the background answers). */
    getTabState: method(v.object({ tabId: tabIdSchema })).returns<TabState | null>(),
    /** The last resort for a page's language: a trigram detector over a sample of its text. */
    guessLanguage: method(v.object({ text: text(20_000) })).returns<{ lang: string | null }>(),
    /** Glossary terms and unknown names in the article's blocks, with offsets and their cards. */
    annotate: method(annotateSchema).returns<AnnotateReply>(),
    /** A glossary pack the reader imports (the file's text). */
    importGlossary: method(v.object({ json: text(50_000_000) })).returns<GlossaryImportReply>(),
    /** The popup's article view: summary (made once per page, then cached) and key terms. */
    getArticleSummary: method(v.object({ tabId: tabIdSchema })).returns<ArticleSummary | null>(),
    /**
     * Parses the numbered copy of a page with Readability off the page's thread (the content script
     * sends it serialised): in Firefox's event page, or in Chromium's offscreen document.
     */
    parseArticle: method(parseRequestSchema).returns<ParseOutcome>(),
    /**
     * The word under the reader's pointer, with up to four words either side in its clause (for
     * multiword expressions). A "word" longer than 100 characters is refused here, before any work.
     */
    lookupWord: method(
      v.object({
        word: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
        before: v.pipe(v.array(text(100)), v.maxLength(4)),
        after: v.pipe(v.array(text(100)), v.maxLength(4)),
        pageLang: pageLangSchema,
        readerLang: v.nullable(pageLangSchema),
      }),
    ).returns<WordLookupReply>(),
    /** Saves a term or word to the reader's vocabulary (the background is the one writer). */
    saveVocabulary: method(saveVocabularySchema).returns<{ saved: true; id: string; count: number }>(),
    /**
     * The reader's vocabulary, oldest first (the options page): `limit` items from the `offset`-th.
     * A page at a time: the whole vocabulary at its limit (about 90 MB) is larger than a message
     * may be (64 MiB in Chromium). The first empty page is past the last (a page may hold fewer
     * than `limit` items when some no longer fit the schema).
     */
    listVocabulary: method(
      v.object({
        /** 0 when left out. */
        offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
        /** Newest first (the options page's rows). */
        newest: v.optional(v.boolean()),
        /** VOCABULARY_LIST_PAGE when left out. */
        limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(VOCABULARY_LIST_PAGE))),
      }),
    ).returns<VocabularyItem[]>(),
    /** How many items the vocabulary holds. */
    countVocabulary: method(v.object({})).returns<{ count: number }>(),
    /** Adds imported items (already checked by the importer, checked again here): all or nothing. */
    importVocabulary: method(
      v.object({ items: v.pipe(v.array(vocabularyItemSchema), v.maxLength(VOCABULARY_MAX_ITEMS)) }),
    ).returns<{ added: number; updated: number; count: number }>(),
    deleteVocabulary: method(
      v.object({ ids: v.pipe(v.array(text(100)), v.maxLength(VOCABULARY_MAX_ITEMS)) }),
    ).returns<{ count: number }>(),
    /**
     * Which of a page's words are in the vocabulary (by the word or its root), for colouring.
     * `saved`: how many words of the language the vocabulary holds (asked first, with no words).
     */
    vocabularyMarks: method(
      v.object({ lang: pageLangSchema, words: v.pipe(v.array(text(100)), v.maxLength(50_000)) }),
    ).returns<{ saved: number; learning: string[]; known: string[] }>(),
  },
} satisfies Channel<Api>;

export type BackgroundApi = (typeof backgroundChannel)['api'];

export interface CallContext {
  /** The tab the message came from, when it came from a content script of a top frame. */
  senderTabId: number | undefined;
}

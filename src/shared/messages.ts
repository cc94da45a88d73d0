// The message contract of the background: one schema per method, validated on arrival. The
// request types are inferred from the schemas, so a schema and its type can never disagree, and
// `BackgroundHandlers` makes a missing handler a compile error.
import * as v from 'valibot';
import type { ParseOutcome } from '../content/article/parse-numbered';
import type { WordLookup } from '../core/lexicon/lookup';
import type { SummarySentence } from '../core/summary/summarize';
import { type VocabularyItem, vocabularyItemSchema } from '../core/vocabulary/item';
import { VOCABULARY_MAX_ITEMS } from '../core/vocabulary/limits';
import type { Result } from './result';

/** A string of bounded length: messages are input, and input can be hostile. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const LANG_SOURCES = ['html', 'meta', 'detected', 'unknown'] as const;
export const BLOCK_KINDS = ['paragraph', 'heading', 'list-item', 'quote', 'caption', 'code'] as const;

/** Limits on what a page may report: a hostile or enormous page must not fill the session store. */
export const REPORT_LIMITS = { blocks: 20_000, blockChars: 100_000, totalChars: 3_000_000 };

const langCode = v.pipe(v.string(), v.regex(/^(?:[a-z]{2,3}|und)$/));
const optionalText = (max: number) => v.nullable(text(max));

export const blockSchema = v.object({
  kind: v.picklist(BLOCK_KINDS),
  text: text(REPORT_LIMITS.blockChars),
});

export const articleReportSchema = v.object({
  kind: v.literal('article'),
  url: text(8192),
  title: text(2000),
  /** BCP 47 primary language subtag, or 'und' when it could not be told. */
  lang: langCode,
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
});

export const pageReportSchema = v.variant('kind', [
  articleReportSchema,
  v.object({ kind: v.literal('not-article'), url: text(8192), reason: text(500) }),
  v.object({ kind: v.literal('not-html'), url: text(8192), contentType: text(200) }),
  v.object({ kind: v.literal('failed'), url: text(8192), reason: text(500) }),
  /** The reader switched Lentera off for this site (or everywhere). */
  v.object({ kind: v.literal('off'), url: text(8192) }),
]);

/** Annotate takes the article text as blocks; megabytes are allowed, and processed in slices. */
export const ANNOTATE_LIMITS = { blocks: 20_000, blockChars: 4_000_000, totalChars: 8_000_000 };

const annotateSchema = v.object({
  blocks: v.pipe(
    v.array(text(ANNOTATE_LIMITS.blockChars)),
    v.maxLength(ANNOTATE_LIMITS.blocks),
    v.check(
      (blocks) => blocks.reduce((n, b) => n + b.length, 0) <= ANNOTATE_LIMITS.totalChars,
      'the text is too long',
    ),
  ),
  pageLang: langCode,
  /** The reader's language, or null for the one in the settings (or the browser's). */
  readerLang: v.nullable(langCode),
  url: text(8192),
});

export const requestSchemas = {
  /** The content script reports what it found on the page of its tab (the sender). */
  reportPage: pageReportSchema,
  /** The popup asks for what is known of a tab. */
  getTabState: v.object({ tabId }),
  /** The last resort for a page's language: a trigram detector over a sample of its text. */
  guessLanguage: v.object({ text: text(20_000) }),
  /** Glossary terms and unknown names in the article's blocks, with offsets and their cards. */
  annotate: annotateSchema,
  /** A glossary pack the reader imports (the file's text). */
  importGlossary: v.object({ json: text(50_000_000) }),
  /** Annotations kept for a tab (for the popup's key terms). */
  getAnnotations: v.object({ tabId }),
  /** The popup's article view: summary (made once per page, then cached) and key terms. */
  getArticleSummary: v.object({ tabId }),
  /**
   * Parses the numbered copy of a page with Readability off the page's thread (the content script
   * sends it serialised): in Firefox's event page, or in Chromium's offscreen document.
   */
  parseArticle: v.object({
    html: text(30_000_000),
    maxElements: v.pipe(v.number(), v.integer(), v.minValue(1)),
    timeBudgetMs: v.pipe(v.number(), v.minValue(1), v.maxValue(60_000)),
  }),
  /**
   * The word under the reader's pointer, with up to four words either side in its clause (for
   * multiword expressions). A "word" longer than 100 characters is refused here, before any work.
   */
  lookupWord: v.object({
    word: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    before: v.pipe(v.array(text(100)), v.maxLength(4)),
    after: v.pipe(v.array(text(100)), v.maxLength(4)),
    pageLang: langCode,
    readerLang: v.nullable(langCode),
  }),
  /** Saves a term or word to the reader's vocabulary (the background is the one writer). */
  saveVocabulary: v.omit(vocabularyItemSchema, ['id', 'savedAt']),
  /** The reader's vocabulary, oldest first (the options page). */
  listVocabulary: v.object({}),
  /** Adds imported items (already checked by the importer, checked again here): all or nothing. */
  importVocabulary: v.object({
    items: v.pipe(v.array(vocabularyItemSchema), v.maxLength(VOCABULARY_MAX_ITEMS)),
  }),
  deleteVocabulary: v.object({ ids: v.pipe(v.array(text(100)), v.maxLength(VOCABULARY_MAX_ITEMS)) }),
  /** Which of a page's words are in the vocabulary (by the word or its root), for colouring. */
  vocabularyMarks: v.object({
    lang: langCode,
    words: v.pipe(v.array(text(100)), v.maxLength(50_000)),
  }),
};

export type Method = keyof typeof requestSchemas;
export type Params<M extends Method> = v.InferOutput<(typeof requestSchemas)[M]>;
export type PageReport = Params<'reportPage'>;
export type ArticleReport = v.InferOutput<typeof articleReportSchema>;
export type BlockKind = (typeof BLOCK_KINDS)[number];

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

export interface AnnotationItem {
  block: number;
  start: number;
  end: number;
  /** The glossary entry, or null for an unknown-name candidate. */
  entryId: string | null;
  text: string;
}

export interface AnnotateReply {
  url: string;
  pageLang: string;
  readerLang: string;
  annotations: AnnotationItem[];
  entries: Record<string, CardEntry>;
  /** Milliseconds spent in the background (index on first use, then matching). */
  ms: number;
}

export interface Replies {
  reportPage: { stored: boolean };
  getTabState: TabState | null;
  guessLanguage: { lang: string | null };
  annotate: AnnotateReply;
  importGlossary:
    | { ok: true; id: string; entries: number }
    | { ok: false; errors: { path: string; message: string }[] };
  getAnnotations: AnnotateReply | null;
  getArticleSummary: ArticleSummary | null;
  saveVocabulary: { saved: true; id: string; count: number };
  listVocabulary: VocabularyItem[];
  importVocabulary: { added: number; updated: number; count: number };
  deleteVocabulary: { count: number };
  /** `saved`: how many words of the language the vocabulary holds (asked first, with no words). */
  vocabularyMarks: { saved: number; learning: string[]; known: string[] };
  lookupWord: {
    readerLang: string;
    /** False when Lentera has no lexicon from the page's language to the reader's. */
    available: boolean;
    result: WordLookup | null;
    /** Milliseconds spent getting the lexicon (loading it, on the worker's first lookup) and looking up. */
    loadMs: number;
    ms: number;
  };
  parseArticle: ParseOutcome;
}

export interface KeyTermItem {
  entryId: string;
  count: number;
  /** Its name in the reader's language (or the page's), and as the article wrote it. */
  name: string;
  text: string;
  kind: string;
}

/** A summary made for one report of a tab (its `updatedAt`), kept in storage.session until the page changes. */
export interface CachedSummary {
  updatedAt: number;
  url: string;
  sentences: SummarySentence[];
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

export interface CallContext {
  /** The tab the message came from, when it came from a content script of a top frame. */
  senderTabId: number | undefined;
}

export type BackgroundHandlers = {
  [M in Method]: (params: Params<M>, context: CallContext) => Promise<Replies[M]>;
};

export const envelopeSchema = v.object({
  lentera: v.literal(1),
  method: v.string(),
  params: v.unknown(),
});

export type Envelope = v.InferOutput<typeof envelopeSchema>;
export type Reply<M extends Method> = Result<Replies[M]>;

export const isMethod = (name: string): name is Method => Object.hasOwn(requestSchemas, name);

/** Explains the first problems of a failed validation as `path: reason`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  return issues
    .slice(0, limit)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

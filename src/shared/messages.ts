// The message contract of the background: one schema per method, validated on arrival. The
// request types are inferred from the schemas, so a schema and its type can never disagree, and
// `BackgroundHandlers` makes a missing handler a compile error.
import * as v from 'valibot';
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

export const requestSchemas = {
  /** The content script reports what it found on the page of its tab (the sender). */
  reportPage: pageReportSchema,
  /** The popup asks for what is known of a tab. */
  getTabState: v.object({ tabId }),
  /** The last resort for a page's language: a trigram detector over a sample of its text. */
  guessLanguage: v.object({ text: text(20_000) }),
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

export interface Replies {
  reportPage: { stored: boolean };
  getTabState: TabState | null;
  guessLanguage: { lang: string | null };
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

// The message contract of the background: one schema per method, validated on arrival. The
// request types are inferred from the schemas, so a schema and its type can never disagree, and
// `BackgroundHandlers` makes a missing handler a compile error.
import * as v from 'valibot';
import type { Result } from './result';

/** A string of bounded length: messages are input, and input can be hostile. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const LANG_SOURCES = ['html', 'meta', 'detected', 'unknown'] as const;

export const pageReportSchema = v.variant('kind', [
  v.object({
    kind: v.literal('article'),
    url: text(8192),
    title: text(2000),
    /** BCP 47 primary language subtag, or 'und' when it could not be told. */
    lang: v.pipe(v.string(), v.regex(/^(?:[a-z]{2,3}|und)$/)),
    langSource: v.picklist(LANG_SOURCES),
  }),
  v.object({ kind: v.literal('not-article'), url: text(8192) }),
  v.object({ kind: v.literal('not-html'), url: text(8192), contentType: text(200) }),
  v.object({ kind: v.literal('failed'), url: text(8192), reason: text(500) }),
]);

export const requestSchemas = {
  /** The content script reports what it found on the page of its tab (the sender). */
  reportPage: pageReportSchema,
  /** The popup asks for what is known of a tab. */
  getTabState: v.object({ tabId }),
};

export type Method = keyof typeof requestSchemas;
export type Params<M extends Method> = v.InferOutput<(typeof requestSchemas)[M]>;
export type PageReport = Params<'reportPage'>;

/** What the background keeps of one tab, in storage.session. */
export type TabState =
  | { status: 'loading'; updatedAt: number }
  | ({ status: 'ready'; updatedAt: number } & { report: PageReport });

export interface Replies {
  reportPage: { stored: boolean };
  getTabState: TabState | null;
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

// A saved vocabulary item: a glossary term or a looked-up word, with the sentence and page it came
// from. The schema is the one check for items however they arrive (saved from a page, read back
// from storage, imported from a file). Its messages are written to follow "field: " in an error
// shown to the reader, e.g. `lang: "english" is not a language code like "id" or "en"`.
import * as v from 'valibot';
import { languageCodeSchema } from '../language';

export const VOCABULARY_KINDS = ['term', 'word'] as const;
export const VOCABULARY_STATUSES = ['learning', 'known'] as const;

export const VOCABULARY_LIMITS = {
  text: 200,
  root: 200,
  gloss: 500,
  name: 200,
  entryId: 200,
  sentence: 1000,
  pageTitle: 300,
  url: 2048,
} as const;

/** Quotes a value for a message, shortened so that a 10,000-character cell does not flood it. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

const tooLong = (max: number) => (issue: v.MaxLengthIssue<string, number>) =>
  `is ${issue.input.length.toLocaleString('en-US')} characters long; at most ${max.toLocaleString('en-US')} are allowed`;

/** Surrounding whitespace is dropped; the sentence alone is kept exactly as it stood. */
const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, tooLong(max)));

const langCode = languageCodeSchema(
  (issue) => `${quoted(issue.input)} is not a language code like "id" or "en"`,
);

const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;

export const vocabularyItemSchema = v.object({
  id: v.pipe(
    v.string(),
    v.uuid((issue) => `${quoted(issue.input)} is not a UUID`),
  ),
  kind: v.picklist(VOCABULARY_KINDS, (issue) => `${quoted(issue.input)} is not "term" or "word"`),
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'is empty; every row needs the word or term'),
    v.maxLength(VOCABULARY_LIMITS.text, tooLong(VOCABULARY_LIMITS.text)),
  ),
  root: trimmed(VOCABULARY_LIMITS.root),
  gloss: trimmed(VOCABULARY_LIMITS.gloss),
  name: trimmed(VOCABULARY_LIMITS.name),
  entryId: trimmed(VOCABULARY_LIMITS.entryId),
  lang: langCode,
  readerLang: langCode,
  status: v.picklist(VOCABULARY_STATUSES, (issue) => `${quoted(issue.input)} is not "learning" or "known"`),
  sentence: v.pipe(v.string(), v.maxLength(VOCABULARY_LIMITS.sentence, tooLong(VOCABULARY_LIMITS.sentence))),
  pageTitle: trimmed(VOCABULARY_LIMITS.pageTitle),
  url: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(VOCABULARY_LIMITS.url, tooLong(VOCABULARY_LIMITS.url)),
    v.check(
      (url) => url === '' || HTTP_URL.test(url),
      (issue) => `${quoted(issue.input)} is not an http(s) address`,
    ),
  ),
  savedAt: v.pipe(
    v.string(),
    v.trim(),
    v.isoTimestamp((issue) => `${quoted(issue.input)} is not a date and time like "2025-01-31T08:15:00Z"`),
  ),
});

export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];
export type VocabularyStatus = (typeof VOCABULARY_STATUSES)[number];

export interface VocabularyItem {
  /** A UUID. */
  id: string;
  /** A glossary term (a name) or a word looked up. */
  kind: VocabularyKind;
  /** As it stood on the page, 1 to 200 characters. */
  text: string;
  /** The word's root; '' for terms or when there is none. */
  root: string;
  /** In the reader's language, at most 500 characters. */
  gloss: string;
  /** For a term, its name in the reader's language; '' for words. */
  name: string;
  /** For a term, its glossary entry id; '' for words. */
  entryId: string;
  /** The page's language: a BCP 47 primary subtag, two or three lower-case letters. */
  lang: string;
  /** The reader's language, same shape. */
  readerLang: string;
  status: VocabularyStatus;
  /** The sentence it was found in, at most 1,000 characters, kept exactly. */
  sentence: string;
  /** At most 300 characters. */
  pageTitle: string;
  /** '' or an http(s) URL of at most 2,048 characters. */
  url: string;
  /** ISO 8601 date-time with seconds and a zone, as `Date.prototype.toISOString` writes it. */
  savedAt: string;
}

// The interface and the schema must describe the same thing: this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type VocabularySchemaMatchesInterface = Same<
  VocabularyItem,
  v.InferOutput<typeof vocabularyItemSchema>
>;
const schemaMatchesInterface: VocabularySchemaMatchesInterface = true;
void schemaMatchesInterface;

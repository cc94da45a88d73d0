// Schemas that several channels share: bounded strings, tab ids, language codes, article blocks.
import * as v from 'valibot';
import { languageCodeSchema } from '../core/language';

/** A string of bounded length: messages are input, and input can be hostile. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const optionalText = (max: number) => v.nullable(text(max));
export const tabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A page's language: a language code, or 'und' (itself of that shape) when it could not be told. */
export const pageLangSchema = languageCodeSchema();

/**
 * What a block of article text is; `code` is shown but never annotated; `headline` is the
 * article's title as the page shows it (annotated, but not part of the body: the summary and the
 * detection scores leave it out).
 */
export const BLOCK_KINDS = [
  'headline',
  'paragraph',
  'heading',
  'list-item',
  'quote',
  'caption',
  'code',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

// The glossary-pack format (version 1): one entry per entity, labels and a short gloss per
// language. A term is one entry whatever language or abbreviation it is written in: CSTO, ODKB,
// "Organisasi Perjanjian Keamanan Kolektif" and "Collective Security Treaty Organization" all lead
// to one card. A pack is validated on load; one that fails is refused with the paths and reasons
// of its first errors.
import * as v from 'valibot';
import { languageCodeSchema } from '../language';

export const PACK_FORMAT = 'lentera-glossary';
export const PACK_VERSION = 1;
export const ENTRY_KINDS = [
  'organisation',
  'person',
  'place',
  'country',
  'event',
  'concept',
  'acronym',
] as const;

const nonEmpty = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const langCode = languageCodeSchema();

const labelsSchema = v.object({
  /** The name to show, in this language's usual form. */
  name: nonEmpty(200),
  /** Other ways of writing it: spelling variants, short forms, older names (matched case-insensitively). */
  aliases: v.optional(v.array(nonEmpty(200)), []),
  /** Abbreviations and acronyms in this language (matched case-sensitively): CSTO, ODKB, PBB. */
  acronyms: v.optional(v.array(nonEmpty(30)), []),
});

export const entrySchema = v.object({
  /** Stable id, e.g. "org-csto", "country-kz", "person-tokayev". */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lower-case letters, digits and hyphens')),
  kind: v.picklist(ENTRY_KINDS),
  labels: v.record(langCode, labelsSchema),
  /** One or two sentences per language, written for a newcomer. */
  gloss: v.record(langCode, nonEmpty(600)),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'a Wikidata id such as Q232'))),
  /** Wikipedia article titles per language. */
  wikipedia: v.optional(v.record(langCode, nonEmpty(200))),
  /** When facts that change (office holders, members) were last true to our knowledge. */
  asOf: v.optional(v.pipe(v.string(), v.isoDate())),
  /** Free-form grouping, e.g. "g20", "asean", "indonesia". */
  tags: v.optional(v.array(nonEmpty(40))),
});

export const packSchema = v.object({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** The languages every entry must cover. */
  languages: v.pipe(v.array(langCode), v.minLength(1)),
  name: v.record(langCode, nonEmpty(200)),
  updated: v.pipe(v.string(), v.isoDate()),
  sources: v.optional(
    v.array(v.object({ name: nonEmpty(200), licence: nonEmpty(100), url: v.optional(nonEmpty(500)) })),
    [],
  ),
  entries: v.pipe(v.array(entrySchema), v.maxLength(100_000)),
});

export type GlossaryPack = v.InferOutput<typeof packSchema>;
export type GlossaryEntry = v.InferOutput<typeof entrySchema>;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface PackError {
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: GlossaryPack } | { ok: false; errors: PackError[] };

/**
 * Validates a parsed pack: its shape, then what a schema cannot say (unique ids, every entry in
 * every language of the pack). Returns the first errors, each with its path.
 */
export function validatePack(input: unknown, maxErrors = 10): PackValidation {
  const parsed = v.safeParse(packSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues
        .slice(0, maxErrors)
        .map((issue) => ({ path: v.getDotPath(issue) ?? '(root)', message: issue.message })),
    };
  }
  const pack = parsed.output;
  const errors: PackError[] = [];
  const seen = new Map<string, number>();
  pack.entries.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first !== undefined)
      errors.push({
        path: `entries.${i}.id`,
        message: `duplicate id "${entry.id}" (first at entries.${first})`,
      });
    else seen.set(entry.id, i);
    for (const lang of pack.languages) {
      if (!entry.labels[lang])
        errors.push({
          path: `entries.${i}.labels.${lang}`,
          message: `missing labels in "${lang}" (${entry.id})`,
        });
      if (!entry.gloss[lang])
        errors.push({
          path: `entries.${i}.gloss.${lang}`,
          message: `missing gloss in "${lang}" (${entry.id})`,
        });
    }
  });
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, maxErrors) } : { ok: true, pack };
}

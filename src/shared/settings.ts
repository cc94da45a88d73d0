import * as v from 'valibot';
import { LOCAL_KEYS } from '../contract/storage';
import { browser } from './browser';

/** The reader's languages Lentera has data for; 'auto' follows the browser's preferred languages. */
export const READER_LANGUAGES = ['auto', 'en', 'id'] as const;

const annotationsSchema = v.object({
  /** Everywhere, unless a site says otherwise. */
  enabled: v.optional(v.boolean(), true),
  /** Per site (host name): on or off, whatever `enabled` says. */
  sites: v.optional(v.record(v.pipe(v.string(), v.maxLength(253)), v.boolean()), {}),
});

export const settingsSchema = v.object({
  readerLanguage: v.optional(v.picklist(READER_LANGUAGES), 'auto'),
  annotations: v.optional(annotationsSchema, { enabled: true, sites: {} }),
  /** Which occurrences are drawn: the first of each term in each section, all, or none (all stay hoverable). */
  highlightDensity: v.optional(v.picklist(['first-in-section', 'all', 'none']), 'first-in-section'),
  /** Show the page-language gloss under the reader's without a click. */
  bothGlosses: v.optional(v.boolean(), false),
  /**
   * Word lookup on pages in another language than the reader's: off, only while Shift or Alt is
   * held, or on every word the pointer rests on.
   */
  wordLookup: v.optional(v.picklist(['off', 'modifier', 'on']), 'modifier'),
  /**
   * Colour the words and terms of the reader's vocabulary (saved: learning; known) in pages. Off by
   * default: highlights are shared with the page's scripts, which could read the reader's words.
   */
  colourVocabulary: v.optional(v.boolean(), false),
  /** Record user-timing measures of Lentera's work in pages (for profiling; pages can read them). */
  diagnostics: v.optional(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

const KEY = LOCAL_KEYS.settings;

/** Whether Lentera works on pages of `host`. */
export function annotationsOn(settings: Settings, host: string): boolean {
  return settings.annotations.sites[host] ?? settings.annotations.enabled;
}

/** Reads the settings; anything stored that no longer fits the schema falls back to the defaults. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = v.safeParse(settingsSchema, stored ?? {});
  return parsed.success ? parsed.output : v.parse(settingsSchema, {});
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Merges `patch` into the stored settings. Writes from one page run one after another, so two
 * quick changes (a select, then a checkbox) cannot overwrite each other.
 */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = writing.then(async () => {
    const next = v.parse(settingsSchema, { ...(await loadSettings()), ...patch });
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  writing = run.catch(() => undefined);
  return run;
}

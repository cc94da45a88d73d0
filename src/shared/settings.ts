import * as v from 'valibot';
import { browser } from './browser';

/** The reader's languages Lentera has data for; 'auto' follows the browser's preferred languages. */
export const READER_LANGUAGES = ['auto', 'en', 'id'] as const;

export const settingsSchema = v.object({
  readerLanguage: v.optional(v.picklist(READER_LANGUAGES), 'auto'),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

const KEY = 'settings';

/** Reads the settings; anything stored that no longer fits the schema falls back to the defaults. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = v.safeParse(settingsSchema, stored ?? {});
  return parsed.success ? parsed.output : v.parse(settingsSchema, {});
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = v.parse(settingsSchema, { ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

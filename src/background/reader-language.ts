import { primaryLanguage } from '../core/language';
import type { Settings } from '../shared/settings';

/**
 * The reader's language: the setting, or else the first of the browser's preferred languages
 * (`i18n.getAcceptLanguages()`, the same list as navigator.languages) that Lentera has data for,
 * or else the UI language; English when none of them is supported.
 */
export function readerLanguage(
  settings: Settings,
  accepted: readonly string[],
  ui: string,
  supported: readonly string[],
): string {
  if (settings.readerLanguage !== 'auto') return settings.readerLanguage;
  for (const tag of [...accepted, ui]) {
    const lang = primaryLanguage(tag);
    if (lang && supported.includes(lang)) return lang;
  }
  return supported.includes('en') ? 'en' : (supported[0] ?? 'en');
}

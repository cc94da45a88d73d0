import { browser } from './browser';

/** A message of the extension's own UI, in the browser's UI language (English or Indonesian). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** "id" → "Indonesian" (or "Indonesia" for an Indonesian UI), from the browser's CLDR data. */
export function languageName(code: string, inLanguage = uiLanguage()): string {
  if (code === 'und') return t('languageUnknown');
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

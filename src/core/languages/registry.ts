// Every language Lentera knows facts about, one folder each (`<code>/index.ts`). A new language
// is a new folder and a line here; tests/unit/languages/ checks that each is complete.
import type { LanguageDescriptor } from './descriptor';
import { english } from './en';
import { indonesian } from './id';
import { malay } from './ms';

export const descriptors: readonly LanguageDescriptor[] = [indonesian, english, malay];

const byCode = new Map(descriptors.map((d) => [d.code, d]));

/** The descriptor of a language code exactly as `primaryLanguage` returns it ("id"), if registered. */
export function languageDescriptor(code: string): LanguageDescriptor | undefined {
  return byCode.get(code);
}

/** Whether two language codes are one language, or members of one macrolanguage (id and ms). */
export function sameMacrolanguage(a: string, b: string): boolean {
  if (a === b) return true;
  const macro = languageDescriptor(a)?.macrolanguage;
  return macro !== undefined && macro === languageDescriptor(b)?.macrolanguage;
}

// The one normalisation of glossary labels and page text, so that both meet in the same form:
// lower case, no diacritics (Türkiye = Turkiye), one space for any run of spaces, hyphens and
// dashes (Nagorno-Karabakh = Nagorno Karabakh), one apostrophe.

const SEPARATORS = new Set([
  0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0, 0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0x2007, 0x2009,
  0x200a, 0x202f,
]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4]);

/** Whether the code unit separates the words of a multiword name (space, hyphen, dash). */
export function isSeparator(code: number): boolean {
  return SEPARATORS.has(code);
}

const wordCache = new Uint8Array(65536);

/** Letters and digits (any script): the characters names are made of. */
export function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = wordCache[code] ?? 0;
  if (known === 0) {
    known = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 2 : 1;
    wordCache[code] = known;
  }
  return known === 2;
}

const folded = new Map<number, string>();

/** One character's folded form: lower case, without diacritics (may be empty for a lone mark). */
export function foldChar(code: number): string {
  if (code < 128)
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  if (APOSTROPHES.has(code)) return "'";
  let out = folded.get(code);
  if (out === undefined) {
    out = String.fromCharCode(code).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded.set(code, out);
  }
  return out;
}

/** A label's matching key: folded characters, separators collapsed to single spaces, trimmed. */
export function normalizeLabel(label: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (isSeparator(code)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += foldChar(code);
  }
  return out;
}

/** Whether the character is an upper-case letter (any script). */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

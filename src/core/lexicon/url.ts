// Web addresses, domains, e-mail addresses and file paths in running text (motherjones.com,
// http://example.org/a/b.html, name@example.org): their pieces are no words of any language, so
// word lookup and the coverage score leave them out. Language-neutral: it reads only the characters
// of a run without spaces.

/** Generic top-level domains a bare domain ends with (any two letters are a country's). */
const GENERIC_TLDS: ReadonlySet<string> = new Set([
  'com',
  'org',
  'net',
  'edu',
  'gov',
  'mil',
  'int',
  'info',
  'biz',
  'io',
  'dev',
  'app',
  'xyz',
]);

/** Opening and closing punctuation around an address (its sentence's, not its own). */
const LEADING = /^[("'“‘[<]+/u;
const TRAILING = /[.,;:!?)"'”’\]>]+$/u;

/** Whether a run of text without spaces (its surrounding punctuation stripped) is an address. */
export function isAddress(run: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/\S/i.test(run) || /^www\.\S/i.test(run)) return true;
  if (/^[^@\s]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(run)) return true;
  // A path: /index.html, ./src/main.ts
  if (/^\.{0,2}\/[\w.-]+[/.][\w./-]*$/.test(run)) return true;
  // A bare domain in lower case, with or without a path: motherjones.com, en.wikipedia.org/wiki/X.
  const domain = /^(?:[a-z0-9-]+\.)+([a-z]{2,6})(?:[/:?#]\S*)?$/.exec(run);
  if (!domain) return false;
  const tld = domain[1] as string;
  return tld.length === 2 || GENERIC_TLDS.has(tld) || /[/:?#]/.test(run);
}

/** The [start, end) offsets of the addresses in a text. */
export function addressSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const lead = LEADING.exec(m[0])?.[0].length ?? 0;
    const run = m[0].slice(lead).replace(TRAILING, '');
    if (run.length > 0 && isAddress(run)) out.push([m.index + lead, m.index + lead + run.length]);
  }
  return out;
}

/** Whether the character at `offset` is part of an address (for a card resting on a word). */
export function inAddress(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
  let end = offset;
  while (end < text.length && !/\s/.test(text[end] as string)) end++;
  return addressSpans(text.slice(start, end)).some(([a, b]) => offset - start >= a && offset - start < b);
}

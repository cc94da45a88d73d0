// The vocabulary list as a plain-text file for Anki (2.1.55 and later), one note per line:
// Front (the word as it stood), Back (root or name, and the gloss), Sentence, Source. The header
// lines tell Anki the separator, that the fields are plain text (it escapes < and & itself), and
// the column names, which it offers when mapping columns to the fields of a note type.
import type { VocabularyItem } from './item';

export const ANKI_COLUMNS = ['Front', 'Back', 'Sentence', 'Source'] as const;

const HEADER = ['#separator:tab', '#html:false', `#columns:${ANKI_COLUMNS.join('\t')}`];

/**
 * One field, made safe for Anki's reader (a CSV reader with tab as separator and "#" as comment
 * mark): tabs and line breaks become single spaces; a field with a double quote is quoted with its
 * quotes doubled (a leading quote would otherwise open a quoted field); so is one starting with
 * "#", which would make a line starting with it a comment and drop the note.
 */
function field(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ');
  return flat.includes('"') || flat.startsWith('#') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** "a — b" of the parts that are present. */
function joined(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' — ');
}

function back(item: VocabularyItem): string {
  if (item.kind === 'term') return joined(item.name, item.gloss);
  return item.root === '' || item.root === item.text ? item.gloss : joined(item.root, item.gloss);
}

function source(item: VocabularyItem): string {
  if (item.pageTitle !== '' && item.url !== '') return `${item.pageTitle} <${item.url}>`;
  return item.pageTitle || item.url;
}

/** The items as an Anki text file: three header lines, then one line per item, LF line ends. */
export function toAnkiTsv(items: readonly VocabularyItem[]): string {
  const lines = items.map((item) =>
    [item.text, back(item), item.sentence, source(item)].map(field).join('\t'),
  );
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

// The vocabulary list as a CSV file, for spreadsheets and for moving a list between browsers.
//
// Export: RFC 4180 (commas, CRLF, cells with commas, quotes or line breaks in double quotes), a
// header row, and a UTF-8 byte-order mark so that spreadsheets read the file as UTF-8.
//
// Import is all or nothing: a file with any error imports no item and answers with its first ten
// errors, each with the physical line of the file and the 1-based column, so that the reader can
// find the cell in a text editor or a spreadsheet.
import Papa from 'papaparse';
import * as v from 'valibot';
import { type VocabularyItem, vocabularyItemSchema } from './item';
import { VOCABULARY_MAX_ITEMS } from './limits';

export const CSV_COLUMNS = [
  'text',
  'root',
  'gloss',
  'kind',
  'status',
  'lang',
  'reader_lang',
  'sentence',
  'page_title',
  'url',
  'saved_at',
  'name',
  'entry_id',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns an imported file must have; the others have defaults. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['text', 'gloss', 'lang', 'reader_lang'];

/** As many rows as the vocabulary holds items (20,000). */
export const DEFAULT_MAX_ROWS = VOCABULARY_MAX_ITEMS;
const MAX_ERRORS = 10;

const FIELD_OF_COLUMN = {
  text: 'text',
  root: 'root',
  gloss: 'gloss',
  kind: 'kind',
  status: 'status',
  lang: 'lang',
  reader_lang: 'readerLang',
  sentence: 'sentence',
  page_title: 'pageTitle',
  url: 'url',
  saved_at: 'savedAt',
  name: 'name',
  entry_id: 'entryId',
} as const satisfies Record<CsvColumn, Exclude<keyof VocabularyItem, 'id'>>;

const COLUMN_OF_FIELD = Object.fromEntries(
  CSV_COLUMNS.map((column) => [FIELD_OF_COLUMN[column], column]),
) as Record<string, CsvColumn | undefined>;

export interface ImportError {
  /** 1-based physical line of the file (a quoted cell may span lines; a row is named by its first). */
  line: number;
  /**
   * 1-based column: the CSV field's number, or the character on the line for an encoding error.
   * A missing column is named one past the header's last column, where it would go.
   */
  column: number;
  /** The CSV column's name, when the error is about one. */
  field?: string;
  /** English, written to follow "line L, column C (field): ". */
  message: string;
}

export type ImportResult = { ok: true; items: VocabularyItem[] } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** The most data rows a file may have; more is refused as a whole (default 20,000). */
  maxRows?: number;
}

/** "line L, column C (field): message" */
export function formatImportError(e: ImportError): string {
  return `line ${e.line}, column ${e.column}${e.field ? ` (${e.field})` : ''}: ${e.message}`;
}

// ---------------------------------------------------------------------------------------------
// Formula escaping.
//
// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some of
// them skip before looking) as a formula, so a page sentence such as "=HYPERLINK(…)" could act
// when the file is opened. Such a cell is written with a leading apostrophe, which spreadsheets
// show as text.
//
// To make the escape reversible, a cell that *already* starts with apostrophes followed by one of
// those characters ("'=x", "''+1") gets one more apostrophe as well. So export adds one apostrophe
// exactly when the cell matches /^'*[=+\-@\t\r]/, and import removes one exactly when the cell
// matches /^'+[=+\-@\t\r]/. Every escaped cell matches the second pattern and no unescaped cell
// does (a cell that matches it would also have matched the first and been escaped), so
// fromCsv(toCsv(items)) gives every cell back unchanged; a cell like "'hello" is left alone both
// ways. papaparse's `escapeFormulae: true` is not used: in papaparse 5.7 its pattern
// /^[=+\-@\t\r].*$/ misses cells with a line break ("=1+1\n…" is not escaped), and it does not
// escape "'=" so the round trip would lose an apostrophe. Its option also takes a RegExp, which is
// how this rule is applied.
// ---------------------------------------------------------------------------------------------

const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

function unescapeCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

const BOM = '\uFEFF';

/** The items as a CSV file: BOM, header row, one row per item, CRLF line ends. */
export function toCsv(items: readonly VocabularyItem[]): string {
  const rows = items.map((item) => CSV_COLUMNS.map((column) => item[FIELD_OF_COLUMN[column]]));
  const header = Papa.unparse([[...CSV_COLUMNS]], { newline: '\r\n' });
  if (rows.length === 0) return `${BOM}${header}\r\n`;
  const body = Papa.unparse(rows, { newline: '\r\n', escapeFormulae: NEEDS_ESCAPE, quotes: false });
  return `${BOM}${header}\r\n${body}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Import.
// ---------------------------------------------------------------------------------------------

/** 1,234,567 whatever the locale. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface InvalidByte {
  byte: number;
  line: number;
  column: number;
}

/**
 * The first byte that is not well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF), with its line and character column; null when all is well.
 * A truncated sequence is named by its lead byte. Lines end at LF, CRLF or a lone CR.
 */
function findInvalidUtf8(bytes: Uint8Array): InvalidByte | null {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let line = 1;
  let column = 1;
  let i = hasBom ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        column = 1;
      } else if (b !== 0x0d) {
        column++;
      }
      i++;
      continue;
    }
    let continuation: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) continuation = 1;
    else if (b === 0xe0) [continuation, low] = [2, 0xa0];
    else if (b === 0xed) [continuation, high] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) continuation = 2;
    else if (b === 0xf0) [continuation, low] = [3, 0x90];
    else if (b === 0xf4) [continuation, high] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) continuation = 3;
    else return { byte: b, line, column };
    for (let k = 1; k <= continuation; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (c === undefined || c < min || c > max) return { byte: b, line, column };
    }
    column++;
    i += continuation + 1;
  }
  return null;
}

function decode(input: ArrayBuffer | Uint8Array | string): { text: string } | { error: ImportError } {
  if (typeof input === 'string') return { text: input.startsWith(BOM) ? input.slice(1) : input };
  const bytes = ArrayBuffer.isView(input) ? input : new Uint8Array(input);
  try {
    // With ignoreBOM left false, the decoder drops a leading BOM itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = findInvalidUtf8(bytes);
    const hex = bad ? bad.byte.toString(16).toUpperCase().padStart(2, '0') : '';
    return {
      error: {
        line: bad?.line ?? 1,
        column: bad?.column ?? 1,
        message: `not valid UTF-8${bad ? ` (byte 0x${hex})` : ''}; save the file as UTF-8`,
      },
    };
  }
}

/** Maps offsets in the text to 1-based physical lines; offsets must be asked in rising order. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    const { text } = this;
    for (let i = this.offset; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.line++;
    }
    if (offset > this.offset) this.offset = offset;
    return this.line;
  }
}

/** The 1-based field that `index` falls in, counting commas outside quotes from the row's start. */
function fieldAt(text: string, rowStart: number, index: number): number {
  let field = 1;
  let quoted = false;
  for (let i = rowStart; i < index; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) field++;
  }
  return field;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

type Header = { index: Partial<Record<CsvColumn, number>>; names: string[] };

function readHeader(row: readonly string[], line: number): { header: Header } | { errors: ImportError[] } {
  const errors: ImportError[] = [];
  const index: Partial<Record<CsvColumn, number>> = {};
  const names = row.map((cell) => cell.trim().toLowerCase());
  const known = CSV_COLUMNS.join(', ');
  names.forEach((name, i) => {
    const column = i + 1;
    if (name === '') {
      errors.push({ line, column, message: `the column has no name; the columns are ${known}` });
    } else if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      const separator = name.includes(';') ? 'semicolons' : name.includes('\t') ? 'tabs' : null;
      errors.push({
        line,
        column,
        field: name,
        message: separator
          ? `unknown column "${name}": the file seems to separate cells with ${separator}; save it as comma-separated CSV`
          : `unknown column "${name}"; the columns are ${known}`,
      });
    } else {
      const first = index[name as CsvColumn];
      if (first !== undefined) {
        errors.push({
          line,
          column,
          field: name,
          message: `the column "${name}" appears twice (first as column ${first + 1})`,
        });
      } else {
        index[name as CsvColumn] = i;
      }
    }
  });
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (index[required] === undefined && !names.includes(required)) {
      errors.push({
        line,
        column: names.length + 1,
        field: required,
        message: `the required column "${required}" is missing; the file needs ${REQUIRED_CSV_COLUMNS.join(', ')}`,
      });
    }
  }
  return errors.length > 0 ? { errors } : { header: { index, names } };
}

/**
 * Row ends as LF, whatever mix the file has: a file edited on two systems has CRLF and LF, and the
 * parser takes the first one it sees for all. Line breaks inside quoted cells are the cell's own
 * text and stay as they are; the count of lines stays the same.
 */
export function rowEndsAsLf(text: string): string {
  if (!text.includes('\r')) return text;
  let out = '';
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x0d && !quoted) {
      out += `${text.slice(from, i)}\n`;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

/**
 * Reads a CSV file of vocabulary items (bytes are decoded as strict UTF-8). All or nothing: the
 * items, or up to the first ten errors in file order. New ids are made for the items; a word that
 * comes twice (same text, language and kind) is taken from its last row.
 */
export function fromCsv(input: ArrayBuffer | Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const decoded = decode(input);
  if ('error' in decoded) return { ok: false, errors: [decoded.error] };
  const text = rowEndsAsLf(decoded.text);
  const empty: ImportResult = {
    ok: false,
    errors: [
      {
        line: 1,
        column: 1,
        message: `the file is empty (no rows); its first line must name the columns, e.g. ${REQUIRED_CSV_COLUMNS.join(',')}`,
      },
    ],
  };
  if (text.trim() === '') return empty;

  const lines = new LineCounter(text);
  const savedAt = new Date().toISOString();
  const errors: ImportError[] = [];
  const items: VocabularyItem[] = [];
  let header: Header | null = null;
  // Set inside the parser's callback (a plain object, so that TypeScript does not narrow them).
  const stop: { tooMany?: ImportError; headerErrors?: ImportError[] } = {};
  let rowStart = 0;
  let dataRows = 0;

  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step(result, parser) {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const row = result.data;
      const line = lines.lineAt(start);

      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const at = Math.max(start, quoteError.index ?? start);
        const column = fieldAt(text, start, at);
        const names = header?.names;
        errors.push({
          line: lines.lineAt(at),
          column,
          ...(names?.[column - 1] ? { field: names[column - 1] } : {}),
          message:
            quoteError.code === 'MissingQuotes'
              ? 'a quoted cell is never closed; write a quote inside a cell as two quotes ("")'
              : 'a quoted cell goes on after its closing quote; write a quote inside a cell as two quotes ("")',
        });
        parser.abort(); // What follows an unbalanced quote cannot be read reliably.
        return;
      }
      if (isBlank(row)) return;

      if (header === null) {
        const read = readHeader(row, line);
        if ('errors' in read) {
          stop.headerErrors = read.errors;
          parser.abort();
        } else {
          header = read.header;
        }
        return;
      }

      dataRows++;
      if (dataRows > maxRows) {
        stop.tooMany = {
          line,
          column: 1,
          message: `more than ${thousands(maxRows)} words; split the file`,
        };
        parser.abort();
        return;
      }
      if (errors.length >= MAX_ERRORS) return; // Keep counting rows, stop checking them.

      const width = header.names.length;
      if (row.length !== width) {
        const short = row.length < width;
        const column = short ? row.length + 1 : width + 1;
        errors.push({
          line,
          column,
          ...(short ? { field: header.names[row.length] } : {}),
          message: `the row has ${row.length} cells but the header has ${width}${short ? '' : '; is a comma or a quote out of place?'}`,
        });
        return;
      }

      const { index } = header;
      const cell = (column: CsvColumn): string | undefined => {
        const i = index[column];
        if (i === undefined) return undefined;
        const raw = row[i] ?? '';
        return unescapeCell(column === 'sentence' ? raw : raw.trim());
      };
      const candidate = {
        id: crypto.randomUUID(),
        kind: cell('kind') || 'word',
        text: cell('text') ?? '',
        root: cell('root') ?? '',
        gloss: cell('gloss') ?? '',
        name: cell('name') ?? '',
        entryId: cell('entry_id') ?? '',
        lang: cell('lang') ?? '',
        readerLang: cell('reader_lang') ?? '',
        status: cell('status') || 'learning',
        sentence: cell('sentence') ?? '',
        pageTitle: cell('page_title') ?? '',
        url: cell('url') ?? '',
        savedAt: cell('saved_at') || savedAt,
      };
      const parsed = v.safeParse(vocabularyItemSchema, candidate, { abortPipeEarly: true });
      if (parsed.success) {
        items.push(parsed.output);
        return;
      }
      const rowErrors = parsed.issues.map((issue): ImportError => {
        const key = issue.path?.[0]?.key;
        const field = typeof key === 'string' ? COLUMN_OF_FIELD[key] : undefined;
        const i = field === undefined ? undefined : index[field];
        return {
          line,
          column: i === undefined ? 1 : i + 1,
          ...(field ? { field } : {}),
          message: issue.message,
        };
      });
      rowErrors.sort((a, b) => a.column - b.column);
      errors.push(...rowErrors);
    },
  });

  if (stop.tooMany) return { ok: false, errors: [stop.tooMany] };
  if (stop.headerErrors) return { ok: false, errors: stop.headerErrors.slice(0, MAX_ERRORS) };
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  if (header === null) return empty; // Nothing but blank cells, such as ",,,".

  // The same word twice: the last row wins, in the place of its last row.
  const unique = new Map<string, VocabularyItem>();
  for (const item of items) {
    const key = `${item.kind}\u0000${item.lang}\u0000${item.text}`;
    unique.delete(key);
    unique.set(key, item);
  }
  return { ok: true, items: [...unique.values()] };
}

import Papa from 'papaparse';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toAnkiTsv } from '../../src/core/vocabulary/anki';
import { CSV_COLUMNS, formatImportError, fromCsv, toCsv } from '../../src/core/vocabulary/csv';
import { type VocabularyItem, vocabularyItemSchema } from '../../src/core/vocabulary/item';

let counter = 0;
function item(fields: Partial<VocabularyItem>): VocabularyItem {
  counter++;
  return v.parse(vocabularyItemSchema, {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    kind: 'word',
    text: 'rumah',
    root: '',
    gloss: 'house',
    name: '',
    entryId: '',
    lang: 'id',
    readerLang: 'en',
    status: 'learning',
    sentence: '',
    pageTitle: '',
    url: '',
    savedAt: '2025-03-01T09:30:00.000Z',
    ...fields,
  });
}

const withoutId = ({ id: _id, ...rest }: VocabularyItem) => rest;

function importOk(input: Parameters<typeof fromCsv>[0]): VocabularyItem[] {
  const result = fromCsv(input);
  if (!result.ok) throw new Error(result.errors.map(formatImportError).join('\n'));
  return result.items;
}

function importErrors(input: Parameters<typeof fromCsv>[0], options?: { maxRows?: number }) {
  const result = fromCsv(input, options);
  if (result.ok) throw new Error(`expected errors, got ${result.items.length} items`);
  expect(result).not.toHaveProperty('items');
  return result.errors;
}

const tricky: VocabularyItem[] = [
  item({
    text: 'mempertanggungjawabkan',
    root: 'tanggung jawab',
    gloss: 'to account for, to be answerable for',
    sentence: 'Menteri harus mempertanggungjawabkan anggaran itu, kata "sumber" di DPR.',
    pageTitle: 'Anggaran, "janji", dan kenyataan',
    url: 'https://example.co.id/berita?id=1,2&q="x"',
  }),
  item({
    text: 'kerja sama',
    gloss: 'cooperation',
    status: 'known',
    sentence: 'Baris satu,\r\nbaris "dua"\nbaris tiga\n',
    savedAt: '2025-03-01T16:30:00+07:00',
  }),
  item({
    kind: 'term',
    text: 'ОДКБ',
    gloss: 'Военно-политический союз шести государств',
    name: 'Организация Договора о коллективной безопасности',
    entryId: 'org-csto',
    lang: 'ru',
    readerLang: 'ru',
    sentence: '  Сказал он,\tсмеясь.  ',
  }),
  item({ text: '東京', gloss: 'ตำรวจ', lang: 'ja', readerLang: 'th', pageTitle: 'ニュース — ข่าว 🗞️' }),
  item({ text: '🙂 senyum', gloss: 'smile 😀', sentence: '👍🏽 mantap' }),
  item({ text: '=SUM(A1:A2)', root: '-lah', gloss: '+62 is the code', name: '', pageTitle: '@handle' }),
  item({ text: "'=already escaped", gloss: "''+twice", sentence: "'@at" }),
  item({ text: "'plain apostrophe", gloss: "it's", sentence: '=1+1\nsecond line of a formula' }),
  item({ text: '-5%', gloss: '@', sentence: '\tstarts with a tab', pageTitle: "'" }),
  item({ text: '+', gloss: '=', sentence: '\rstarts with a carriage return' }),
];

describe('toCsv / fromCsv', () => {
  it('round-trips tricky items (commas, quotes, line breaks, scripts, emoji, formula starts)', () => {
    const csv = toCsv(tricky);
    const back = importOk(csv);
    expect(back.map(withoutId)).toEqual(tricky.map(withoutId));
    // Fresh ids, all different.
    expect(new Set(back.map((i) => i.id)).size).toBe(tricky.length);
    for (const i of back) expect(tricky.map((t) => t.id)).not.toContain(i.id);
    // And the file itself is stable.
    expect(toCsv(back)).toBe(csv);
  });

  it('round-trips through bytes too (BOM stripped by the decoder)', () => {
    const bytes = new TextEncoder().encode(toCsv(tricky));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(importOk(bytes).map(withoutId)).toEqual(tricky.map(withoutId));
    expect(importOk(bytes.buffer as ArrayBuffer).map(withoutId)).toEqual(tricky.map(withoutId));
  });

  it('writes a BOM, the header row and CRLF line ends', () => {
    const csv = toCsv([item({ text: 'rumah', gloss: 'house' })]);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toBe(
      '\uFEFFtext,root,gloss,kind,status,lang,reader_lang,sentence,page_title,url,saved_at,name,entry_id\r\n' +
        'rumah,,house,word,learning,id,en,,,,2025-03-01T09:30:00.000Z,,\r\n',
    );
    expect(toCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    expect(importOk(toCsv([]))).toEqual([]);
  });

  it('escapes cells that a spreadsheet would run as formulas', () => {
    const csv = toCsv(tricky);
    expect(csv).toContain(`"'=SUM(A1:A2)"`);
    expect(csv).toContain(`"'-lah"`);
    expect(csv).toContain(`"'+62 is the code"`);
    expect(csv).toContain(`"'@handle"`);
    expect(csv).toContain(`"''=already escaped"`);
    expect(csv).toContain(`"'''+twice"`);
    expect(csv).toContain(`"'=1+1\nsecond line of a formula"`);
    expect(csv).toContain(`"'\tstarts with a tab"`);
    expect(csv).toContain(`"'\rstarts with a carriage return"`);
    // Not escaped: an apostrophe not followed by a formula character.
    expect(csv).toContain(`\r\n'plain apostrophe,,it's,word`);
    // No raw cell of the file starts with a formula character.
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data;
    const cells = rows.flat();
    expect(cells.length).toBeGreaterThan(tricky.length * CSV_COLUMNS.length);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('undoes one level of escaping in a hand-written file, and keeps other apostrophes', () => {
    const [a, b] = importOk("text,gloss,lang,reader_lang\r\n'=x,'+y,id,en\r\n'hello,''-z,id,en\r\n") as [
      VocabularyItem,
      VocabularyItem,
    ];
    expect([a.text, a.gloss, b.text, b.gloss]).toEqual(['=x', '+y', "'hello", "'-z"]);
  });

  it('fills optional columns with defaults and accepts columns in any order', () => {
    const before = Date.now();
    const [word] = importOk('reader_lang,lang,gloss,text\nen,id,house,rumah\n');
    expect(word).toMatchObject({
      kind: 'word',
      status: 'learning',
      text: 'rumah',
      gloss: 'house',
      lang: 'id',
      readerLang: 'en',
      root: '',
      name: '',
      entryId: '',
      sentence: '',
      pageTitle: '',
      url: '',
    });
    expect(word?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(word?.savedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('trims cells except the sentence', () => {
    const [word] = importOk(
      'text,gloss,lang,reader_lang,sentence\n  rumah  , house\t, id , en ,"  as is  "\n',
    );
    expect(word).toMatchObject({ text: 'rumah', gloss: 'house', lang: 'id', sentence: '  as is  ' });
  });

  it('keeps the last of duplicate rows (same text, language and kind)', () => {
    const items = importOk(
      'text,gloss,lang,reader_lang,kind\nrumah,house,id,en,word\nrumah,home,id,en,word\nrumah,rumah (ms),ms,en,word\nrumah,home (term),id,en,term\n',
    );
    expect(items.map((i) => `${i.text}/${i.lang}/${i.kind}: ${i.gloss}`)).toEqual([
      'rumah/id/word: home',
      'rumah/ms/word: rumah (ms)',
      'rumah/id/term: home (term)',
    ]);
  });

  it('skips blank lines and accepts a header-only file as an empty list', () => {
    expect(importOk('text,gloss,lang,reader_lang\r\n')).toEqual([]);
    expect(importOk('text,gloss,lang,reader_lang\n\nrumah,house,id,en\n\n').map((i) => i.text)).toEqual([
      'rumah',
    ]);
  });

  it('refuses an empty file', () => {
    const errors = importErrors('');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(errors[0]?.message).toMatch(/empty \(no rows\)/);
    expect(importErrors(new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a]))[0]?.message).toMatch(/empty/);
    expect(importErrors(',,,\r\n,,,\r\n')[0]?.message).toMatch(/empty/);
  });
});

describe('fromCsv errors', () => {
  it('names an unknown column by its number on line 1', () => {
    const errors = importErrors('text,gloss,colour,lang,reader_lang\nrumah,house,red,id,en\n');
    expect(errors).toEqual([
      expect.objectContaining({
        line: 1,
        column: 3,
        field: 'colour',
        message: expect.stringMatching(/^unknown column "colour"/),
      }),
    ]);
    expect(formatImportError(errors[0] as (typeof errors)[number])).toMatch(
      /^line 1, column 3 \(colour\): unknown column "colour"; the columns are text, root, gloss/,
    );
  });

  it('names a duplicate column and a missing required one', () => {
    const errors = importErrors('text,lang,reader_lang,text\n');
    expect(errors.map((e) => [e.line, e.column, e.field])).toEqual([
      [1, 4, 'text'],
      [1, 5, 'gloss'],
    ]);
    expect(errors[0]?.message).toBe('the column "text" appears twice (first as column 1)');
    expect(formatImportError(errors[1] as (typeof errors)[number])).toBe(
      'line 1, column 5 (gloss): the required column "gloss" is missing; the file needs text, gloss, lang, reader_lang',
    );
  });

  it('hints at semicolon-separated files', () => {
    const errors = importErrors('text;gloss;lang;reader_lang\nrumah;house;id;en\n');
    expect(errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(errors[0]?.message).toMatch(/semicolons/);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('counts physical lines past a multi-line quoted cell (%s)', (_name, nl) => {
    const csv = [
      CSV_COLUMNS.join(','),
      'rumah,,house,word,learning,id,en,"Baris satu,',
      'baris dua",,,,,',
      'kantor,,office,word,learning,english,en,,,,,,',
    ].join(nl);
    const errors = importErrors(csv + nl);
    expect(errors).toHaveLength(1);
    expect(formatImportError(errors[0] as (typeof errors)[number])).toBe(
      'line 4, column 6 (lang): "english" is not a language code like "id" or "en"',
    );
  });

  it('imports a file with mixed LF, CRLF and CR row ends, keeping line breaks inside cells', () => {
    const items = importOk(
      'text,gloss,lang,reader_lang,sentence\r\nrumah,house,id,en,"Baris satu,\r\nbaris dua"\nkata,word,id,en,\rbuku,book,id,en,"a\nb"\r\n',
    );
    expect(items.map((x) => x.text)).toEqual(['rumah', 'kata', 'buku']);
    expect(items.map((x) => x.sentence)).toEqual(['Baris satu,\r\nbaris dua', '', 'a\nb']);
    // Line numbers still count physical lines: the mixed file's errors are named where they are.
    const errors = importErrors('text,gloss,lang,reader_lang\r\nrumah,house,id,en\nkata,word,english,en\r\n');
    expect(errors.map(formatImportError)).toEqual([
      'line 3, column 3 (lang): "english" is not a language code like "id" or "en"',
    ]);
  });

  it('counts lines of a file with lone CR line ends (old Mac spreadsheets)', () => {
    const errors = importErrors(
      'text,gloss,lang,reader_lang\rrumah,house,id,en\rkata,"a\rword",english,en\r',
    );
    expect(errors.map(formatImportError)).toEqual([
      'line 3, column 3 (lang): "english" is not a language code like "id" or "en"',
    ]);
  });

  it('names the line and the first missing column of a row with too few cells', () => {
    const errors = importErrors(
      'text,gloss,lang,reader_lang\nrumah,house,id,en\nkata,word\nbuku,book,id,en\n',
    );
    expect(errors).toEqual([
      { line: 3, column: 3, field: 'lang', message: 'the row has 2 cells but the header has 4' },
    ]);
  });

  it('names the column after the last for a row with too many cells', () => {
    const errors = importErrors('text,gloss,lang,reader_lang\nrumah,house,id,en,extra\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 5 });
    expect(errors[0]?.message).toMatch(/^the row has 5 cells but the header has 4/);
  });

  it('finds an invalid UTF-8 byte in the middle of line 3, counting characters', () => {
    const enc = new TextEncoder();
    const bytes = new Uint8Array([
      ...enc.encode('text,gloss,lang,reader_lang\r\nrumah,house,id,en\r\nkopi ☕ caf'),
      0xe9,
      ...enc.encode(',coffee,fr,en\r\n'),
    ]);
    const errors = importErrors(bytes);
    expect(errors).toEqual([
      { line: 3, column: 11, message: 'not valid UTF-8 (byte 0xE9); save the file as UTF-8' },
    ]);
    expect(formatImportError(errors[0] as (typeof errors)[number])).toBe(
      'line 3, column 11: not valid UTF-8 (byte 0xE9); save the file as UTF-8',
    );
    // The same from an ArrayBuffer.
    expect(importErrors(bytes.buffer as ArrayBuffer)).toEqual(errors);
  });

  it('finds overlong forms, surrogates and truncated sequences; a BOM is not a character', () => {
    const at = (bytes: number[]) => importErrors(new Uint8Array(bytes))[0];
    expect(at([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xff])).toMatchObject({ line: 1, column: 3 });
    expect(at([0x61, 0x0a, 0xc0, 0xaf])).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringContaining('0xC0'),
    });
    expect(at([0x61, 0x0d, 0x62, 0xed, 0xa0, 0x80])).toMatchObject({ line: 2, column: 2 });
    expect(at([0x61, 0xc3, 0xa9, 0xe2, 0x82])).toMatchObject({
      line: 1,
      column: 3,
      message: expect.stringContaining('0xE2'),
    });
  });

  it('refuses more than 20,000 rows quickly, naming the first row over the limit', () => {
    const row = 'rumah,house,id,en,"Sebuah kalimat, dengan koma."\r\n';
    const file = (rows: number) =>
      new TextEncoder().encode(`text,gloss,lang,reader_lang,sentence\r\n${row.repeat(rows)}`);
    const timed = (bytes: Uint8Array) => {
      const start = performance.now();
      const result = fromCsv(bytes);
      return { result, ms: performance.now() - start };
    };
    const limit = timed(file(20_000));
    const over = timed(file(200_000));
    expect(limit.result.ok).toBe(true);
    expect(over.result).toEqual({
      ok: false,
      errors: [{ line: 20_002, column: 1, message: 'more than 20,000 words; split the file' }],
    });
    // It stops at the limit: ten times the rows cost about what the limit does (measured 0.8–1.6×
    // on a busy machine), not ten times as much. A ratio in one run, so a slow machine passes.
    expect(over.ms).toBeLessThan(4 * limit.ms + 50);
  });

  it('takes the row limit as an option', () => {
    const csv = 'text,gloss,lang,reader_lang\nsatu,one,id,en\n\ndua,two,id,en\ntiga,three,id,en\n';
    expect(importErrors(csv, { maxRows: 2 })).toEqual([
      { line: 5, column: 1, message: 'more than 2 words; split the file' },
    ]);
    expect(fromCsv(csv, { maxRows: 3 }).ok).toBe(true);
  });

  it('refuses a 10,000-character cell by the 200-character limit, without quoting all of it', () => {
    const errors = importErrors(`gloss,text,lang,reader_lang\nhouse,${'a'.repeat(10_000)},id,en\n`);
    expect(errors).toEqual([
      {
        line: 2,
        column: 2,
        field: 'text',
        message: 'is 10,000 characters long; at most 200 are allowed',
      },
    ]);
  });

  it('is all or nothing, and reports at most the first ten errors in file order', () => {
    const good = 'rumah,house,id,en\n';
    const bad = (i: number) => `kata${i},word,xx1,en\n`;
    const csv = `text,gloss,lang,reader_lang\n${good}${Array.from({ length: 15 }, (_, i) => bad(i)).join('')}`;
    const errors = importErrors(csv);
    expect(errors).toHaveLength(10);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(errors.every((e) => e.column === 3 && e.field === 'lang')).toBe(true);
  });

  it('orders several errors of one row by column', () => {
    const errors = importErrors(
      'text,gloss,lang,reader_lang,kind,status,url,saved_at\n,x,id,EN,thing,done,ftp://x,yesterday\n',
    );
    expect(errors.map((e) => `${e.column} ${e.field}`)).toEqual([
      '1 text',
      '4 reader_lang',
      '5 kind',
      '6 status',
      '7 url',
      '8 saved_at',
    ]);
    expect(errors.map((e) => e.line)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(errors[2]?.message).toBe('"thing" is not "term" or "word"');
  });

  it('reports an unclosed quote at its line and column', () => {
    const errors = importErrors(
      'text,gloss,lang,reader_lang\nrumah,house,id,en\nkata,"word,id,en\nbuku,book,id,en\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, column: 2, field: 'gloss' });
    expect(errors[0]?.message).toMatch(/never closed/);
  });
});

describe('toAnkiTsv', () => {
  it('writes the header lines and one line per item', () => {
    const tsv = toAnkiTsv([
      item({
        text: 'mempertanggungjawabkan',
        root: 'tanggung jawab',
        gloss: 'to account for',
        sentence: 'Menteri harus\tmempertanggungjawabkan\r\nanggaran itu.',
        pageTitle: 'Berita',
        url: 'https://example.co.id/a',
      }),
      item({
        kind: 'term',
        text: 'ODKB',
        name: 'CSTO',
        entryId: 'org-csto',
        gloss: 'a military alliance',
        sentence: 'Kata "ODKB" muncul.',
        url: 'https://example.co.id/b',
      }),
      item({ text: 'rumah', root: 'rumah', gloss: 'house', pageTitle: 'Judul' }),
      item({ text: '#tagar', gloss: 'hashtag' }),
    ]);
    expect(tsv.split('\n')).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tSentence\tSource',
      'mempertanggungjawabkan\ttanggung jawab — to account for\tMenteri harus mempertanggungjawabkan anggaran itu.\tBerita <https://example.co.id/a>',
      'ODKB\tCSTO — a military alliance\t"Kata ""ODKB"" muncul."\thttps://example.co.id/b',
      'rumah\thouse\t\tJudul',
      '"#tagar"\thashtag\t\t',
      '',
    ]);
    expect(tsv).not.toContain('\r');
  });
});

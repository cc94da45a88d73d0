import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageSets } from '../../src/core/glossary/language-data';
import { isJunk, trimJunk } from '../../src/core/summary/junk';
import { rouge1, rouge2, rougeL } from '../../src/core/summary/rouge';
import { splitSentences } from '../../src/core/summary/sentences';
import { MAX_SENTENCES, type SummaryBlock, summarize } from '../../src/core/summary/summarize';

const root = join(import.meta.dirname, '..', '..');
const sets = (lang: string) =>
  languageSets([JSON.parse(readFileSync(join(root, `assets/languages/${lang}.json`), 'utf8'))], lang);
const options = (lang: string) => ({ stopwords: sets(lang).common, clitics: sets(lang).clitics });
const p = (text: string): SummaryBlock => ({ kind: 'paragraph', text });

// An Indonesian story of twelve paragraphs, with the junk news pages put between them.
const story = [
  p('Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai Sabtu pagi.'),
  p('Kenaikan harga bensin dan solar itu diumumkan Menteri Energi di Jakarta setelah rapat kabinet.'),
  p('Baca juga: Harga Minyak Dunia Turun Tajam Pekan Ini'),
  p(
    '[Baca Juga: Antrean Panjang di SPBU Jelang Kenaikan Harga] Menteri mengatakan subsidi energi membebani anggaran negara tahun ini.',
  ),
  p('Foto: Antara/Budi Santoso'),
  p(
    'Pengendara mengantre di stasiun pengisian bahan bakar (Foto: Reuters) Antrean kendaraan terlihat di banyak kota sejak malam hari.',
  ),
  p('Sejumlah organisasi buruh menolak kenaikan harga bahan bakar itu dan merencanakan unjuk rasa.'),
  p('Simak juga: Video Antrean Kendaraan di SPBU Jakarta'),
  p('Ekonom memperkirakan inflasi naik sekitar satu persen akibat kenaikan harga bahan bakar. (rsa)'),
  p('Pemerintah menyiapkan bantuan langsung tunai bagi keluarga miskin untuk menahan daya beli. (ant/rin)'),
  p('Lihat juga: Daftar Harga Bahan Bakar Terbaru'),
  p('Artikel ini telah tayang di Kompas.com dengan judul Harga BBM Naik.'),
];

describe('summary: junk', () => {
  it('never shows a related-story line, a photo credit, a credit line or an editor’s initials', () => {
    const summary = summarize('Harga bahan bakar naik', story, 'id', { ...options('id'), min: 5, max: 5 });
    expect(summary.length).toBe(5);
    for (const s of summary) {
      expect(story[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
      expect(isJunk(s.text)).toBe(false);
      expect(s.text).not.toMatch(/baca juga|simak juga|lihat juga|foto:|artikel ini|\((?:rsa|ant\/rin)\)/i);
    }
  });

  it('cuts a junk head or tail off and keeps the rest word for word, or drops the whole', () => {
    const cut = (text: string) => {
      const piece = trimJunk(text);
      return piece && text.slice(piece.start, piece.end);
    };
    expect(cut('[Baca Juga: Antrean Panjang] Menteri mengatakan subsidi membebani.')).toBe(
      'Menteri mengatakan subsidi membebani.',
    );
    expect(cut('Inflasi naik satu persen. (rsa)')).toBe('Inflasi naik satu persen.');
    expect(cut('Inflasi naik satu persen (dtc/ayp).')).toBe('Inflasi naik satu persen');
    expect(cut('The minister resigned on Friday (Reuters)')).toBe('The minister resigned on Friday');
    expect(cut('Police cordoned off the street. Scroll down for video')).toBe(
      'Police cordoned off the street.',
    );
    expect(cut('Warga berkumpul di alun-alun (Foto: Antara) Polisi menjaga jalannya acara.')).toBe(
      'Polisi menjaga jalannya acara.',
    );
    expect(cut('LONDON (Reuters) - Britain raised interest rates.')).toBe(
      'LONDON (Reuters) - Britain raised interest rates.',
    );
    expect(trimJunk('LONDON (Reuters) - Britain raised interest rates.', true)).toEqual({
      start: 19,
      end: 49,
    });
    for (const junk of [
      'Baca juga: Harga Minyak Turun',
      'BACA JUGA Harga Minyak Turun',
      'Read more: Oil prices fall',
      'Scroll down for video',
      'Scroll down for video The crowd gathered outside the court on Monday.',
      'Foto: Antara/Budi Santoso',
      'Photo: Reuters',
      '(Foto: Antara)',
      'Editing by Jane Smith',
    ])
      expect(cut(junk), junk).toBeNull();
    // Words that only look like a lead.
    expect(cut('Simak pernyataan lengkap presiden di bawah ini.')).toBe(
      'Simak pernyataan lengkap presiden di bawah ini.',
    );
  });
});

describe('summary: choice', () => {
  it('takes the opening sentence, even when a later one repeats its words at more length', () => {
    const summary = summarize(
      'Gempa Cianjur',
      [
        p('Gempa mengguncang Cianjur Senin siang.'),
        p(
          'Gempa berkekuatan 5,6 yang mengguncang Cianjur Senin siang itu merusak ribuan rumah, sekolah, masjid dan gedung pemerintahan di belasan kecamatan, menurut badan penanggulangan bencana setempat yang terus mendata kerusakan.',
        ),
        p('Tim penyelamat mencari korban di reruntuhan rumah warga.'),
        p('Bantuan logistik dikirim dari Bandung dan Jakarta.'),
        p('Warga mengungsi ke tenda darurat di lapangan desa.'),
      ],
      'id',
      options('id'),
    );
    expect(summary[0]?.text).toBe('Gempa mengguncang Cianjur Senin siang.');
  });

  it('bounds a quotation: one of four sentences is read as them', () => {
    const quote =
      '“Kami sudah bekerja keras sejak pagi. Semua relawan turun ke lapangan. Logistik cukup untuk seminggu. Kami butuh tenda lagi,” kata koordinator relawan.';
    expect(splitSentences(quote, 'id', { maxQuoteSentences: 2 })).toHaveLength(4);
    expect(splitSentences(quote, 'id')).toHaveLength(1);
    expect(
      splitSentences('“Kami siap. Kami datang,” kata dia.', 'id', { maxQuoteSentences: 2 }),
    ).toHaveLength(1);
    const summary = summarize(
      'Relawan',
      [p('Relawan membantu korban banjir di Bekasi.'), p(quote)],
      'id',
      options('id'),
    );
    for (const s of summary) expect(s.text.length).toBeLessThan(100);
  });

  it('follows the article: 2 sentences of a short one, more of a long one, never above 5', () => {
    const short = summarize(
      'Banjir',
      [
        p('Banjir merendam ratusan rumah warga di Bekasi.'),
        p('Warga mengungsi ke masjid dan sekolah terdekat.'),
      ],
      'id',
      options('id'),
    );
    expect(short).toHaveLength(2);
    const shortSentences = Array.from({ length: 30 }, (_, i) =>
      p(`Warga desa Sukamaju${i} melaporkan kerusakan jembatan${i} dan jalan${i}.`),
    );
    const many = summarize('Jalan rusak', shortSentences, 'id', options('id'));
    expect(many.length).toBeGreaterThan(2);
    expect(many.length).toBeLessThanOrEqual(5);
    const long = summarize(
      'Jalan rusak',
      shortSentences.map((b) => p(`${b.text.slice(0, -1)} ${'dan jembatan sungai '.repeat(12)}rusak.`)),
      'id',
      options('id'),
    );
    expect(long.length).toBeGreaterThanOrEqual(2);
    expect(long.length).toBeLessThan(many.length);
  });

  it('holds its bounds on hostile input: many sentences, huge ones, junk only', () => {
    const flood = Array.from({ length: 5000 }, (_, i) =>
      p(`Kalimat nomor ${i} tentang pasukan militer koalisi.`),
    );
    const started = performance.now();
    const summary = summarize('Pasukan', flood, 'id', options('id'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(summary.length).toBeLessThanOrEqual(5);
    for (const s of summary) expect(s.block).toBeLessThan(MAX_SENTENCES);
    expect(
      summarize(
        'x',
        [p('Baca juga: Satu Dua Tiga'), p('Foto: Antara/Budi Santoso Dua')],
        'id',
        options('id'),
      ),
    ).toEqual([]);
    const wall = summarize('x', [p('kata '.repeat(50_000))], 'id', options('id'));
    for (const s of wall) expect(s.text.length).toBeLessThanOrEqual(400);
  });
});

describe('ROUGE, worked by hand', () => {
  it('ROUGE-1, ROUGE-2 and ROUGE-L F of a candidate against a reference', () => {
    // Reference: the cat sat on the mat (6 tokens); candidate: the cat lay on the mat (6).
    const c = 'The cat lay on the mat.';
    const r = 'the cat sat on the mat';
    // Unigrams shared: the×2, cat, on, mat = 5 of 6 each way.
    expect(rouge1(c, r).f).toBeCloseTo(5 / 6);
    // Bigrams (5 each): "the cat", "on the", "the mat" shared = 3/5.
    expect(rouge2(c, r).f).toBeCloseTo(3 / 5);
    // LCS: the cat on the mat = 5.
    expect(rougeL(c, r).f).toBeCloseTo(5 / 6);
    // Clipped: "the the the" against "the cat": 1 of 3 candidate unigrams, 1 of 2 reference ones.
    const clipped = rouge1('the the the', 'the cat');
    expect(clipped.f).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
    expect(rouge2('a b c', 'a b d e').precision).toBeCloseTo(1 / 2);
    expect(rouge2('a b c', 'a b d e').recall).toBeCloseTo(1 / 3);
    expect(rouge2('a', 'a').f).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { type Sentence, splitSentences } from '../../src/core/summary/sentences';

/** The sentences' texts, after checking every offset against the input. */
function texts(input: string, lang = 'id', options?: { maxSentence?: number; maxChars?: number }): string[] {
  const sentences = splitSentences(input, lang, options);
  expectOffsets(input, sentences);
  return sentences.map((s) => s.text);
}

function expectOffsets(input: string, sentences: readonly Sentence[]): void {
  let previousEnd = 0;
  for (const s of sentences) {
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
  }
}

describe('splitSentences: where sentences end', () => {
  it('splits after . ! ? … and ... before a capital, a digit or an opening quote', () => {
    expect(
      texts('Banjir melanda Jakarta. Warga mengungsi! Apa sebabnya? Hujan deras… Air naik... Lalu surut.'),
    ).toEqual([
      'Banjir melanda Jakarta.',
      'Warga mengungsi!',
      'Apa sebabnya?',
      'Hujan deras…',
      'Air naik...',
      'Lalu surut.',
    ]);
    expect(
      texts('Korban bertambah. 12 orang hilang. “Kami terus mencari,” kata Budi. (Foto: Antara)'),
    ).toEqual([
      'Korban bertambah.',
      '12 orang hilang.',
      '“Kami terus mencari,” kata Budi.',
      '(Foto: Antara)',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(texts('Ia menolak (lagi.) Rapat ditunda.')).toEqual(['Ia menolak (lagi.)', 'Rapat ditunda.']);
    expect(texts("He called it 'done.' Nobody agreed.", 'en')).toEqual([
      "He called it 'done.'",
      'Nobody agreed.',
    ]);
  });

  it('always ends a sentence at a newline, with or without punctuation', () => {
    expect(texts('Judul berita\nIsi berita pertama\r\nIsi kedua. Lanjut\n\n\nPenutup')).toEqual([
      'Judul berita',
      'Isi berita pertama',
      'Isi kedua.',
      'Lanjut',
      'Penutup',
    ]);
  });

  it('does not split at a mark followed by a lower-case word', () => {
    expect(texts('Ia tiba pukul 10. kemudian rapat dimulai.')).toEqual([
      'Ia tiba pukul 10. kemudian rapat dimulai.',
    ]);
    expect(texts('“Mengapa?” tanya dia... dan semua diam.')).toEqual([
      '“Mengapa?” tanya dia... dan semua diam.',
    ]);
    expect(texts('It ended at 3 p.m. yesterday.', 'en')).toEqual(['It ended at 3 p.m. yesterday.']);
  });

  it('does not split when no white space follows the mark', () => {
    expect(texts('Lihat situs kompas.com.Sebelumnya ia menulis?Ya')).toHaveLength(1);
  });

  it('drops empty and white-space-only pieces', () => {
    expect(splitSentences('', 'id')).toEqual([]);
    expect(splitSentences('   \n\n \t \n', 'id')).toEqual([]);
    expect(texts('  Satu.   \n   \n  Dua.  ')).toEqual(['Satu.', 'Dua.']);
  });
});

describe('splitSentences: numbers', () => {
  it('never splits inside a number', () => {
    expect(
      texts(
        'Koalisi memiliki kekuatan reaksi cepat 20.000 personel. PBB mengakui 3.600 pasukan penjaga perdamaiannya.',
      ),
    ).toEqual([
      'Koalisi memiliki kekuatan reaksi cepat 20.000 personel.',
      'PBB mengakui 3.600 pasukan penjaga perdamaiannya.',
    ]);
    expect(texts('Penduduknya 1.234.567 jiwa, naik 3,5 persen. Inflasi 2.5 persen.')).toEqual([
      'Penduduknya 1.234.567 jiwa, naik 3,5 persen.',
      'Inflasi 2.5 persen.',
    ]);
  });

  it('does not split after a number and a dot when a lower-case word follows', () => {
    expect(texts('Harganya Rp 20.000. per kilogram di pasar.')).toEqual([
      'Harganya Rp 20.000. per kilogram di pasar.',
    ]);
  });

  it('splits after a number that ends a sentence', () => {
    expect(texts('Ia lahir pada 1945. Ayahnya guru.')).toEqual(['Ia lahir pada 1945.', 'Ayahnya guru.']);
  });

  it('keeps a list number at the start of a line with its item', () => {
    expect(texts('Syaratnya:\n1. Berusia 17 tahun.\n2. Memiliki KTP.')).toEqual([
      'Syaratnya:',
      '1. Berusia 17 tahun.',
      '2. Memiliki KTP.',
    ]);
  });
});

describe('splitSentences: abbreviations and initials', () => {
  it.each([
    'Menurut Dr. Budi Santoso, kasus meningkat.',
    'Pasien dirawat dr. Siti Aminah di rumah sakit.',
    'Hadir pula Prof. Ir. Joko Widodo dan Hj. Siti serta KH. Ma’ruf Amin.',
    'Ia tinggal di Jl. Merdeka, Kec. Gambir, Kab. Bogor, Prov. Jawa Barat.',
    'Surat ditujukan kepada Yth. Bpk. Ahmad melalui a.n. Kepala Dinas.',
    'Sambutan oleh Drs. Ahmad Yani, M.Si. Kepala Dinas Pendidikan, dan Rudi, S.H. Camat Gambir.',
    'Hadir Ani, S.Pd. Guru SD Harapan, dan Tono, S.E. Bendahara desa.',
    'Gelar Ph.D. Ia peroleh di Leiden.',
    'Harganya Rp. 50.000 per lembar, lihat hlm. 5 dan vol. 2 tgl. 17 Agustus.',
    'Penelitian Santoso dkk. (2020) menunjukkan hal itu.',
    'Sesuai Undang-Undang No. 5 tahun 2020 tentang pajak.',
    'Sesuai Undang-Undang No.5 tahun 2020 tentang pajak.',
  ])('Indonesian: %j is one sentence', (input) => {
    expect(texts(input, 'id')).toEqual([input]);
  });

  it.each([
    'Mr. Smith met Mrs. Jones and Ms. Lee.',
    'Dr. Adams and Prof. Brown spoke.',
    'The U.S. Army and the U.K. Navy agreed.',
    'Acme Inc. Chief Executive John Doe resigned.',
    'Gen. Smith, Sen. Warren, Rep. Ocasio-Cortez and Gov. Newsom attended.',
    'Lt. Col. Adams and Capt. Brown arrived on Jan. 5 and left on Sept. 30.',
    'Apples vs. Oranges is a silly debate.',
    'Fruits, e.g. Apples, and colours, i.e. Red, were listed.',
    'They met at 9 a.m. Monday.',
    'Martin Luther King Jr. Day is a holiday.',
    'Smith et al. (2020) found it.',
    'He lives at No. 10 Downing Street.',
  ])('English: %j is one sentence', (input) => {
    expect(texts(input, 'en')).toEqual([input]);
  });

  it('does not split after an initial', () => {
    expect(texts('Presiden B. J. Habibie lahir di Parepare.')).toEqual([
      'Presiden B. J. Habibie lahir di Parepare.',
    ]);
    expect(texts('Presiden Kassym J. Tokayev tiba. John F. Kennedy dibunuh.', 'id')).toEqual([
      'Presiden Kassym J. Tokayev tiba.',
      'John F. Kennedy dibunuh.',
    ]);
  });

  it('treats "No." as an abbreviation only before a number', () => {
    expect(texts('No. 5 tahun 2020 mengatur pajak.')).toEqual(['No. 5 tahun 2020 mengatur pajak.']);
    expect(texts('He said no. Then he left.', 'en')).toEqual(['He said no.', 'Then he left.']);
    expect(texts('Jawabannya No. Dia tetap menolak.')).toEqual(['Jawabannya No.', 'Dia tetap menolak.']);
  });

  it('matches titles as written or in capitals, but not as ordinary lower-case words', () => {
    expect(texts('DR. BUDI HADIR.')).toEqual(['DR. BUDI HADIR.']);
    // "gen" is an Indonesian word (a gene); only "Gen." as an English title is an abbreviation.
    expect(texts('Penyakit itu diturunkan lewat gen. Para peneliti terkejut.')).toEqual([
      'Penyakit itu diturunkan lewat gen.',
      'Para peneliti terkejut.',
    ]);
  });

  it('ends a sentence after a list-ending abbreviation (dll., dsb., dst., etc.) before a capital', () => {
    expect(texts('Barang itu dijual di pasar, toko, dll. Harganya naik.')).toEqual([
      'Barang itu dijual di pasar, toko, dll.',
      'Harganya naik.',
    ]);
    expect(texts('Ada beras, gula, dsb. yang dijual murah.')).toEqual([
      'Ada beras, gula, dsb. yang dijual murah.',
    ]);
    expect(texts('They sold rice, sugar, etc. Prices rose.', 'en')).toEqual([
      'They sold rice, sugar, etc.',
      'Prices rose.',
    ]);
  });

  it('uses the abbreviation lists of the language only; initials and numbers everywhere', () => {
    expect(texts('Mr. Smith came.', 'en')).toEqual(['Mr. Smith came.']);
    expect(texts('Mr. Smith came.', 'de')).toEqual(['Mr.', 'Smith came.']);
    expect(texts('Ir. Soekarno datang.', 'en')).toEqual(['Ir.', 'Soekarno datang.']);
    expect(texts('Ir. Soekarno datang.', 'id-ID')).toEqual(['Ir. Soekarno datang.']);
    expect(texts('Ir. Soekarno datang.', 'constructor')).toEqual(['Ir.', 'Soekarno datang.']);
    expect(texts('Herr J. Müller kam. Es waren 20.000 Menschen.', 'de')).toEqual([
      'Herr J. Müller kam.',
      'Es waren 20.000 Menschen.',
    ]);
  });
});

describe('splitSentences: quotations', () => {
  it('never splits inside curly quotes', () => {
    expect(texts('“Kami siap. Kami akan datang,” kata dia.')).toEqual([
      '“Kami siap. Kami akan datang,” kata dia.',
    ]);
    expect(texts('Dia berkata, “Kami lelah. Tolong kami!” Lalu ia pergi.')).toEqual([
      'Dia berkata, “Kami lelah. Tolong kami!”',
      'Lalu ia pergi.',
    ]);
  });

  it('pairs straight double quotes in order', () => {
    expect(texts('He said: "It is over. We won." Then he left.', 'en')).toEqual([
      'He said: "It is over. We won."',
      'Then he left.',
    ]);
    expect(texts('"Satu. Dua," kata A. "Tiga. Empat," kata Budi. Selesai.')).toEqual([
      '"Satu. Dua," kata A. "Tiga. Empat," kata Budi.',
      'Selesai.',
    ]);
  });

  it('ignores a curly quote that does not close within 1,000 characters', () => {
    const sentence = 'Kalimat berikutnya ada di sini. '; // 32 characters
    // 25 sentences: 800 characters, closed within 1,000 (maxSentence raised so nothing is cut).
    const near = `Ia berkata “kami siap. ${sentence.repeat(25)}Selesai,” katanya.`;
    expect(texts(near, 'id', { maxSentence: 2000 })).toEqual([near]);
    const far = `Ia berkata “kami siap. ${sentence.repeat(40)}Selesai,” katanya.`;
    const sentences = texts(far);
    expect(sentences).toHaveLength(42);
    expect(sentences[0]).toBe('Ia berkata “kami siap.');
    expect(sentences.at(-1)).toBe('Selesai,” katanya.');
  });

  it('ignores a straight quote that does not close within 1,000 characters', () => {
    const sentence = 'Kalimat berikutnya ada di sini. ';
    const near = `Ia berkata "kami siap. ${sentence.repeat(25)}Selesai," katanya.`;
    expect(texts(near, 'id', { maxSentence: 2000 })).toEqual([near]);
    const sentences = texts(`Ia berkata "kami siap. ${sentence.repeat(40)}Ia "bilang. Begitu". Selesai.`);
    expect(sentences).toHaveLength(43);
    expect(sentences[0]).toBe('Ia berkata "kami siap.');
    // The quotes after the unclosed one still pair.
    expect(sentences.slice(-2)).toEqual(['Ia "bilang. Begitu".', 'Selesai.']);
  });

  it('does not let an unclosed quote swallow the next paragraph or the next quotation', () => {
    expect(texts('“Kami siap. Semua datang.\nIa pergi. Lalu pulang.')).toEqual([
      '“Kami siap.',
      'Semua datang.',
      'Ia pergi.',
      'Lalu pulang.',
    ]);
    expect(texts('“Tanpa penutup. Lalu “kutipan. Lain,” kata dia. Selesai.')).toEqual([
      '“Tanpa penutup.',
      'Lalu “kutipan. Lain,” kata dia.',
      'Selesai.',
    ]);
  });
});

describe('splitSentences: bounds', () => {
  it('cuts a long sentence at white space into pieces of at most maxSentence', () => {
    const input = `${'kata panjang sekali '.repeat(100)}akhir.`;
    const pieces = texts(input, 'id', { maxSentence: 50 });
    expect(pieces.length).toBeGreaterThan(30);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(50);
    // Cut at white space: no word is broken.
    for (const p of pieces)
      for (const w of p.split(' ')) expect(['kata', 'panjang', 'sekali', 'akhir.']).toContain(w);
    expect(pieces.join(' ')).toBe(input);
  });

  it('hard-cuts a run without white space', () => {
    const input = 'x'.repeat(1500);
    const sentences = splitSentences(input, 'id');
    expectOffsets(input, sentences);
    expect(sentences.map((s) => s.text.length)).toEqual([600, 600, 300]);
  });

  it('reads at most maxChars characters', () => {
    const input = 'Satu. Dua. Tiga. Empat.';
    expect(texts(input, 'id', { maxChars: 10 })).toEqual(['Satu.', 'Dua.']);
    expect(texts(input, 'id', { maxChars: 0 })).toEqual([]);
    const long = 'Kalimat pendek. '.repeat(20_000);
    const sentences = splitSentences(long, 'id');
    expect((sentences.at(-1) as Sentence).end).toBeLessThanOrEqual(200_000);
    expect(sentences).toHaveLength(12_500);
  });

  it('splits a 200,000-character unpunctuated paragraph into pieces of at most 600, fast', () => {
    const words = ['pemerintah', 'daerah', 'menyatakan', 'bahwa', 'anggaran', 'tahun', 'ini', 'naik'];
    let input = '';
    for (let k = 0; input.length < 200_000; k++) input += `${words[k % words.length]} `;
    input = input.slice(0, 200_000);
    splitSentences(input.slice(0, 5000), 'id'); // warm up
    const t0 = performance.now();
    const sentences = splitSentences(input, 'id');
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(1000);
    expect(sentences.length).toBeGreaterThanOrEqual(334);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(600);
    expectOffsets(input, sentences);
    expect(sentences.map((s) => s.text).join(' ')).toBe(input.trim());
  });

  it('gives pieces of at most 600 characters for a text with no punctuation at all', () => {
    const input = 'tanpa tanda baca sama sekali '.repeat(100);
    const pieces = texts(input);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(600);
  });

  it.each([
    ['opening quotes', '“'.repeat(200_000)],
    ['straight quotes', '"'.repeat(200_000)],
    ['dots', '.'.repeat(200_000)],
    ['dots and spaces', '. '.repeat(100_000)],
    ['initials', 'A. '.repeat(66_000)],
    ['unclosed quotations', '“Ya. Tidak. '.repeat(16_000)],
  ])('stays linear on hostile input: %s', (_name, input) => {
    splitSentences(input.slice(0, 5000), 'en');
    const t0 = performance.now();
    const sentences = splitSentences(input, 'en');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(sentences.length).toBeGreaterThan(0);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(600);
  });

  it('does not cut a surrogate pair', () => {
    const input = `${'a'.repeat(599)}😀${'b'.repeat(10)}`;
    const sentences = splitSentences(input, 'id');
    expect(sentences.map((s) => s.text)).toEqual(['a'.repeat(599), `😀${'b'.repeat(10)}`]);
    expect(splitSentences('ab😀', 'id', { maxChars: 3 }).map((s) => s.text)).toEqual(['ab']);
  });
});

// Writes assets/languages/<lang>.json: the per-language data the term engine needs besides the
// glossary (common words, titles, calendar names, name connectors, clitics). A new language pair
// is data: a file like these and a glossary pack.
//   npx tsx scripts/glossary/make-language-data.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const stopwords = require('stopwords-iso') as Record<string, string[]>;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface LanguageData {
  lang: string;
  /** Words that are never a name on their own, even capitalised (from stopwords-iso, MIT). */
  commonWords: string[];
  /** Titles and forms of address that stand before names but are not part of them. */
  titles: string[];
  /** Days and months: capitalised, but not names of things to explain. */
  calendar: string[];
  /** Lower-case words that may stand inside a name ("bin", "van der"). */
  connectors: string[];
  /** Endings that may follow a name in this language ("-nya"). */
  clitics: string[];
}

const DATA: Record<string, Omit<LanguageData, 'lang' | 'commonWords'> & { extraCommon: string[] }> = {
  id: {
    titles: [
      'presiden', 'wakil', 'menteri', 'perdana', 'gubernur', 'bupati', 'wali', 'kota', 'raja', 'ratu', 'pangeran', 'sultan',
      'jenderal', 'letjen', 'mayjen', 'brigjen', 'kolonel', 'kapten', 'irjen', 'kombes', 'ketua', 'kepala', 'direktur',
      'sekretaris', 'juru', 'bicara', 'jubir', 'pakar', 'ahli', 'profesor', 'prof', 'dr', 'ir', 'haji', 'hj', 'pak', 'bu',
      'ibu', 'bapak', 'tuan', 'nyonya', 'saudara', 'kanselir', 'paus', 'panglima', 'kapolri', 'mantan', 'calon', 'anggota',
      'duta', 'besar', 'dubes', 'senator', 'hakim', 'jaksa', 'komisaris', 'pemimpin', 'tentara', 'aliansi', 'koalisi',
      'berjuang', 'atas', 'menurut', 'setelah', 'ketika', 'mengingat', 'didirikan', 'tetapi', 'jadi', 'tapi', 'saat',
      'peninggalan', 'ketegangan', 'organisasi', 'berita', 'utama', 'mantan',
    ],
    calendar: [
      'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad', 'januari', 'februari', 'maret',
      'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'wib', 'wita', 'wit',
    ],
    connectors: ['bin', 'binti', 'van', 'der', 'den', 'de', 'al', 'el', 'da', 'dos', 'von', 'ibn', 'abu', 'la', 'le'],
    clitics: ['nya', 'lah', 'kah', 'pun'],
    extraCommon: ['dan', 'atau', 'yang', 'di', 'ke', 'dari', 'para', 'sang', 'sebuah', 'seorang', 'read', 'baca', 'juga'],
  },
  en: {
    titles: [
      'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'governor', 'mayor', 'king', 'queen', 'prince',
      'princess', 'sultan', 'chancellor', 'pope', 'senator', 'judge', 'chief', 'director', 'spokesman', 'spokeswoman',
      'spokesperson', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'sir', 'lord', 'lady', 'colonel', 'captain', 'lieutenant',
      'sergeant', 'admiral', 'commander', 'former', 'ambassador', 'chairman', 'chairwoman', 'leader', 'analyst', 'expert',
      'according', 'after', 'when', 'while', 'but', 'however', 'since', 'although', 'read', 'related',
    ],
    calendar: [
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
      'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'gmt', 'utc',
    ],
    connectors: ['bin', 'van', 'der', 'den', 'de', 'al', 'el', 'da', 'dos', 'von', 'ibn', 'abu', 'of', 'la', 'le'],
    clitics: [],
    extraCommon: ['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'it', 'its', 'this', 'that', 'these', 'those'],
  },
};

for (const [lang, data] of Object.entries(DATA)) {
  const common = new Set([...(stopwords[lang] ?? []), ...data.extraCommon].map((w) => w.toLowerCase()));
  const out: LanguageData = {
    lang,
    commonWords: [...common].sort(),
    titles: [...new Set(data.titles)].sort(),
    calendar: data.calendar,
    connectors: data.connectors,
    clitics: data.clitics,
  };
  const file = join(root, 'assets', 'languages', `${lang}.json`);
  writeFileSync(file, `${JSON.stringify(out)}\n`);
  console.log(`${file}: ${out.commonWords.length} common words, ${out.titles.length} titles`);
}

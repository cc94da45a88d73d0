// Vocabulary items for tests and benchmarks: the largest the schema allows (every field at its
// maximum length), and a realistic one (a word saved from a news article).
import { VOCABULARY_LIMITS, type VocabularyItem } from '../../src/core/vocabulary/item';

const fill = (start: string, length: number) => start.padEnd(length, 'x').slice(0, length);
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Item `n`, every field as long as the schema allows (4,600 characters in its text fields). */
export function largestItem(n: number): VocabularyItem {
  return {
    id: uuid(n),
    kind: 'word',
    text: fill(`kata${n}-`, VOCABULARY_LIMITS.text),
    root: fill('akar-', VOCABULARY_LIMITS.root),
    gloss: fill('gloss-', VOCABULARY_LIMITS.gloss),
    name: fill('nama-', VOCABULARY_LIMITS.name),
    entryId: fill('entry-', VOCABULARY_LIMITS.entryId),
    lang: 'id',
    readerLang: 'en',
    status: 'learning',
    sentence: fill('Kalimat panjang ', VOCABULARY_LIMITS.sentence),
    pageTitle: fill('Judul ', VOCABULARY_LIMITS.pageTitle),
    url: fill('https://example.com/', VOCABULARY_LIMITS.url),
    savedAt: '2025-03-01T09:30:00.000Z',
  };
}

/** Item `n` as a reader saves it from a news article (about 450 characters). */
export function realisticItem(n: number): VocabularyItem {
  return {
    id: uuid(n),
    kind: 'word',
    text: `menggambarkan${n}`,
    root: 'gambar',
    gloss: 'to describe; to depict; to portray',
    name: '',
    entryId: '',
    lang: 'id',
    readerLang: 'en',
    status: 'learning',
    sentence:
      'Seorang pakar militer menggambarkan aliansi itu sebagai "NATO mini" yang belum pernah diuji dalam konflik besar di kawasan.',
    pageTitle: 'Aliansi keamanan pimpinan Rusia disebut mini-NATO — Berita Dunia',
    url: `https://www.example.co.id/internasional/2025/03/01/aliansi-keamanan-${n}`,
    savedAt: '2025-03-01T09:30:00.000Z',
  };
}

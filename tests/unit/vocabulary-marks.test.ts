// Which words of a page the vocabulary colours: the saved word, and other forms of its root — a
// compound root too (a saved "menandatangani", root "tanda tangan", colours "ditandatangani").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { rootOf } from '../../src/core/lexicon/lookup';
import type { VocabularyItem } from '../../src/core/vocabulary/item';
import { vocabularyMarks } from '../../src/core/vocabulary/marks';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../assets/lexicon/${path}`, import.meta.url), 'utf8'));
const lexicon = createLexicon(read('id-en.json'), read('id-roots.json'));

const item = (text: string, status: VocabularyItem['status'] = 'learning') =>
  ({ text, root: rootOf(text, lexicon), status }) as VocabularyItem;

describe('vocabulary marks', () => {
  it('colours other forms of a saved word’s root, and nothing else', () => {
    const marks = vocabularyMarks([item('menggambarkan')], ['digambarkan', 'gambar', 'rumah'], 'id', lexicon);
    expect(marks.learning.sort()).toEqual(['digambarkan', 'gambar']);
    expect(marks.known).toEqual([]);
  });

  it('colours the forms of a compound root, which is written apart', () => {
    expect(rootOf('menandatangani', lexicon)).toBe('tanda tangan');
    const marks = vocabularyMarks(
      [item('menandatangani', 'known')],
      ['ditandatangani', 'tangan'],
      'id',
      lexicon,
    );
    expect(marks.known).toEqual(['ditandatangani']);
  });
});

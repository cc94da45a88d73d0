// How much of a huge article Lentera reads (issue 16): the limits' logic, and the background's
// annotate handler holding to the same limits whoever calls it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGlossaryStore } from '../../src/background/glossary-store';
import { createHandlers } from '../../src/background/handlers';
import { createLexiconStore } from '../../src/background/lexicon-store';
import { createTabStore } from '../../src/background/tab-store';
import { createVocabularyStore } from '../../src/background/vocabulary-store';
import { ANNOTATE_LIMITS } from '../../src/contract/background-api';
import { ARTICLE_LIMITS, blocksWithinLimits } from '../../src/contract/offscreen-api';
import { memoryArea } from '../support/memory-area';

const { blocks: MAX_BLOCKS, chars: MAX_CHARS } = ARTICLE_LIMITS;

describe('blocksWithinLimits', () => {
  it('keeps every block of an article within the limits', () => {
    expect(blocksWithinLimits([])).toBe(0);
    expect(blocksWithinLimits([10, 20, 30])).toBe(3);
    expect(blocksWithinLimits(Array(MAX_BLOCKS).fill(1))).toBe(MAX_BLOCKS);
    expect(blocksWithinLimits([MAX_CHARS])).toBe(1);
  });

  it('stops at the most blocks', () => {
    expect(blocksWithinLimits(Array(MAX_BLOCKS + 1).fill(1))).toBe(MAX_BLOCKS);
  });

  it('keeps whole blocks only: it stops before the block that passes the characters', () => {
    expect(blocksWithinLimits([MAX_CHARS - 10, 10, 1])).toBe(2);
    expect(blocksWithinLimits([MAX_CHARS - 10, 11, 1])).toBe(1);
    expect(blocksWithinLimits([MAX_CHARS + 1, 1])).toBe(0);
  });

  it('marks no more than the article limits say (one fact, one place)', () => {
    expect(ANNOTATE_LIMITS.marks).toBe(ARTICLE_LIMITS.marks);
  });
});

describe('the annotate handler', () => {
  const root = join(import.meta.dirname, '..', '..');
  const asset = (path: string) => JSON.parse(readFileSync(join(root, 'assets', path), 'utf8')) as unknown;
  const handlers = () => {
    const area = memoryArea();
    return createHandlers({
      tabs: createTabStore(area),
      glossary: createGlossaryStore({
        readBundled: async (path) =>
          asset(path.startsWith('languages/') ? path : 'glossaries/id-en-news.json'),
        readImported: async () => [],
        writeImported: async () => undefined,
      }),
      lexicons: createLexiconStore({ readBundled: async () => null }),
      vocabulary: createVocabularyStore(area),
      parseArticle: async () => ({ kind: 'none' as const }),
      readerLanguage: async () => 'en',
    });
  };
  const noTab = { senderTabId: undefined };
  const sentence = 'Presiden Kazakhstan bertemu Menteri Luar Negeri Jepang di Astana pekan lalu.';

  // Names only in the first block and past the limits: the blocks between have none, so that the
  // limit on marks cannot be what leaves the last ones unmarked.
  const markedBlocks = async (blocks: string[]) => {
    const reply = await handlers().annotate(
      { blocks, pageLang: 'id', readerLang: 'en', url: 'http://x/' },
      noTab,
    );
    return new Set(reply.annotations.map((a) => a.block));
  };

  it('annotates no block past the most blocks, even when a caller sends more', async () => {
    const filler = Array<string>(MAX_BLOCKS - 1).fill('tanpa nama');
    expect(await markedBlocks([sentence, ...filler, sentence, sentence])).toEqual(new Set([0]));
    expect(await markedBlocks([sentence, ...filler.slice(1), sentence])).toEqual(
      new Set([0, MAX_BLOCKS - 1]),
    );
  });

  it('annotates no block that passes the characters', async () => {
    const filler = 'x'.repeat(MAX_CHARS - 2 * sentence.length);
    expect(await markedBlocks([sentence, filler, sentence, sentence])).toEqual(new Set([0, 2]));
  });
});

// Vocabulary saves survive a worker that stops at any moment: each is sent again until the
// background answers (never reported failed meanwhile), in order, and the background applies a
// save's id once, so a save sent again after its answer was lost changes nothing.
import { describe, expect, it } from 'vitest';
import { createSaveLedger, LEDGER_SIZE } from '../../src/background/save-ledger';
import type { SaveVocabularyParams, VocabularySave } from '../../src/contract/background-api';
import { fail, ok, type Result } from '../../src/contract/result';
import { createSaveQueue } from '../../src/ui/save-queue';

const item = (text: string, status: 'learning' | 'known' = 'learning'): VocabularySave => ({
  kind: 'word',
  text,
  root: '',
  entryId: '',
  name: '',
  gloss: '',
  status,
  lang: 'id',
  readerLang: 'en',
  sentence: text,
  pageTitle: '',
  url: '',
});

/** A storage area in memory, as storage.session is to the background. */
function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
    },
  };
}

let ids = 0;
const options = { wait: async () => undefined, newId: () => `save-${String(++ids).padStart(4, '0')}` };

describe('save queue', () => {
  it('sends a save again while the background is unavailable, and answers only once it is stored', async () => {
    const sent: string[] = [];
    let down = 3;
    const queue = createSaveQueue(async (p: SaveVocabularyParams): Promise<Result<string>> => {
      sent.push(p.saveId);
      if (down-- > 0)
        return fail('unavailable', 'the background did not answer: Could not establish connection');
      return ok(p.text);
    }, options);
    const reply = await queue.save(item('pasukan'));
    expect(reply).toEqual({ ok: true, value: 'pasukan' });
    expect(sent).toHaveLength(4);
    // The same id each time: the background can tell a save sent again from a new one.
    expect(new Set(sent).size).toBe(1);
  });

  it('keeps saves in the order the reader made them', async () => {
    const stored: string[] = [];
    let flaky = 0;
    const queue = createSaveQueue(async (p: SaveVocabularyParams): Promise<Result<null>> => {
      if (flaky++ % 2 === 0) return fail('unavailable', 'stopped');
      stored.push(`${p.text}:${p.status}`);
      return ok(null);
    }, options);
    await Promise.all([queue.save(item('a')), queue.save(item('a', 'known')), queue.save(item('b'))]);
    expect(stored).toEqual(['a:learning', 'a:known', 'b:learning']);
  });

  it('ends as failed on a real refusal, or when the extension is gone', async () => {
    const refused = createSaveQueue(
      async () => fail('internal', 'saveVocabulary failed: QUOTA_BYTES quota exceeded'),
      options,
    );
    expect((await refused.save(item('x'))).ok).toBe(false);
    let tries = 0;
    const orphan = createSaveQueue(async () => {
      tries++;
      return fail('unavailable', 'the background did not answer: Extension context invalidated.');
    }, options);
    expect((await orphan.save(item('x'))).ok).toBe(false);
    expect(tries).toBe(1);
  });
});

describe('save ledger', () => {
  it('applies a save id once and answers it again as it was', async () => {
    const area = memoryArea();
    const ledger = createSaveLedger(area);
    let applied = 0;
    const apply = async () => ({ n: ++applied });
    expect(await ledger.once('save-a', apply)).toEqual({ n: 1 });
    // A new ledger over the same area: the worker was stopped and started again.
    const again = createSaveLedger(area);
    expect(await again.once('save-a', apply)).toEqual({ n: 1 });
    expect(await again.once('save-b', apply)).toEqual({ n: 2 });
    expect(applied).toBe(2);
  });

  it('keeps the last ids only', async () => {
    const area = memoryArea();
    const ledger = createSaveLedger(area);
    for (let i = 0; i < LEDGER_SIZE + 20; i++) await ledger.once(`id-${i}`, async () => i);
    expect((area.data.appliedSaves as unknown[]).length).toBe(LEDGER_SIZE);
  });
});

/**
 * The most items the vocabulary holds (and an import may bring): 20,000 items of the largest size
 * the schema allows are about 94 million characters, so the vocabulary lives in IndexedDB, one
 * record an item, with the "unlimitedStorage" permission (storage.local's default 10 MB holds about
 * 2,100 of them). Proven at this size: tests/dom/vocabulary-store.test.ts and
 * tests/e2e/vocabulary-limit.test.ts.
 */
export const VOCABULARY_MAX_ITEMS = 20_000;

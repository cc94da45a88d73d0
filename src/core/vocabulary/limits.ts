/**
 * The most items the vocabulary holds (and an import may bring): 20,000 items of a few hundred bytes
 * stay well inside storage.local's 10 MB without the "unlimitedStorage" permission.
 */
export const VOCABULARY_MAX_ITEMS = 20_000;

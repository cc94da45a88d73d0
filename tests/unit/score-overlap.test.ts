import { describe, expect, it } from 'vitest';
import { mean, tokenOverlap, tokens } from '../../tools/score/overlap';

describe('tokens (the bag of words scores are made on)', () => {
  it('lower-cases and drops punctuation and white space', () => {
    expect(tokens('Hello,  World! — "Quoted" (text)…')).toEqual(['hello', 'world', 'quoted', 'text']);
  });

  it('keeps letters outside ASCII inside their word', () => {
    // A split at non-ASCII letters (\w) would give ['rzte', 'caf', …].
    expect(tokens('Ärzte, café; Überraschung')).toEqual(['ärzte', 'café', 'überraschung']);
  });

  it('treats composed and decomposed letters as the same token', () => {
    expect(tokens('cafe\u0301')).toEqual(tokens('café'));
  });

  it('splits text without spaces at word boundaries (Thai, Japanese)', () => {
    expect(tokens('ไปไหนมา').length).toBeGreaterThan(1);
    expect(tokens('東京都に住む').length).toBeGreaterThan(1);
  });

  it('keeps numbers and contractions whole', () => {
    expect(tokens("It's 3.5 km")).toEqual(["it's", '3.5', 'km']);
  });
});

describe('tokenOverlap (token precision, recall and F1)', () => {
  it('is perfect for the same words, whatever the case, punctuation or order', () => {
    expect(tokenOverlap('Satu, dua. Tiga!', 'tiga satu DUA')).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('counts a repeated token only as often as both texts have it (a multiset)', () => {
    // expected {a:2, b:1}, detected {a:1, b:3}: overlap min(2,1) + min(1,3) = 2.
    const o = tokenOverlap('a a b', 'a b b b');
    expect(o.matchedTokens).toBe(2);
    expect(o.precision).toBeCloseTo(2 / 4);
    expect(o.recall).toBeCloseTo(2 / 3);
    expect(o.f1).toBeCloseTo((2 * (1 / 2) * (2 / 3)) / (1 / 2 + 2 / 3));
  });

  it('counts extra tokens against precision only, missing ones against recall only', () => {
    expect(tokenOverlap('one two three four', 'one two three four five six')).toMatchObject({
      precision: 4 / 6,
      recall: 1,
    });
    expect(tokenOverlap('one two three four', 'one two')).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('does not match words glued together across a lost space', () => {
    const o = tokenOverlap('end of paragraph. Next one', 'end of paragraphNext one');
    expect(o.matchedTokens).toBe(3);
    expect(o.recall).toBeCloseTo(3 / 5);
    expect(o.precision).toBeCloseTo(3 / 4);
  });

  it('gives nothing for nothing, and everything for two empty texts', () => {
    expect(tokenOverlap('some text', '')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(tokenOverlap('some text', '…  !')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(tokenOverlap('', '')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(tokenOverlap('', 'extra')).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });

  it('takes the mean of a list', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});

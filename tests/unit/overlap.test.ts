import { describe, expect, it } from 'vitest';
import { median, overlap } from '../../tools/score/overlap';

describe('overlap (the scoring of detection)', () => {
  it('is perfect for the same words whatever the white space', () => {
    expect(overlap('satu  dua\ntiga', ' satu dua tiga ')).toMatchObject({ precision: 1, recall: 1 });
  });

  it('counts extra text against precision and missing text against recall, in characters', () => {
    const o = overlap('aaaa bb', 'aaaa cccccc');
    expect(o.matchedChars).toBe(4);
    expect(o.precision).toBeCloseTo(4 / 10);
    expect(o.recall).toBeCloseTo(4 / 6);
  });

  it('gives nothing for nothing', () => {
    expect(overlap('some text', '')).toMatchObject({ precision: 0, recall: 0 });
  });

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

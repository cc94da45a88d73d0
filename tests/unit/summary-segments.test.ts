import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/glossary/annotate';
import { sentenceSegments } from '../../src/core/summary/segments';

const block = 'Pembukaan. Menteri Keuangan Sri Mulyani bertemu PDI-P di Jakarta, kemarin. Penutup.';
const start = block.indexOf('Menteri');
const end = block.indexOf(' Penutup');
const sentence = { text: block.slice(start, end), block: 2, start, end };
const mark = (text: string, b = 2): Annotation => ({
  block: b,
  start: block.indexOf(text),
  end: block.indexOf(text) + text.length,
  entryId: text,
  text,
});

describe('a summary sentence as words and names', () => {
  it('keeps the sentence exactly, marks the names by their offsets and every other word', () => {
    const segs = sentenceSegments(sentence, block, [mark('Jakarta'), mark('Sri Mulyani')], 'id');
    expect(segs.map((s) => s.text).join('')).toBe(sentence.text);
    expect(segs.filter((s) => s.kind === 'name').map((s) => s.text)).toEqual(['Sri Mulyani', 'Jakarta']);
    expect(segs.filter((s) => s.kind === 'word').map((s) => s.text)).toEqual([
      'Menteri',
      'Keuangan',
      'bertemu',
      'PDI-P',
      'di',
      'kemarin',
    ]);
    // Offsets are the block's, so a lookup reads the word's real neighbours.
    for (const s of segs) if (s.kind !== 'text') expect(block.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves out names of other blocks, outside the sentence, or overlapping an earlier one', () => {
    const outside = mark('Pembukaan');
    const elsewhere = mark('Jakarta', 3);
    const overlapping = { ...mark('Mulyani'), entryId: 'other' };
    const segs = sentenceSegments(
      sentence,
      block,
      [outside, elsewhere, mark('Sri Mulyani'), overlapping],
      'id',
    );
    expect(segs.filter((s) => s.kind === 'name').map((s) => s.text)).toEqual(['Sri Mulyani']);
    expect(segs.map((s) => s.text).join('')).toBe(sentence.text);
  });

  it('reads a sentence that no longer matches its block word by word, with no names', () => {
    const segs = sentenceSegments(sentence, 'something else entirely', [mark('Jakarta')], 'id');
    expect(segs.map((s) => s.text).join('')).toBe(sentence.text);
    expect(segs.some((s) => s.kind === 'name')).toBe(false);
    const first = segs.find((s) => s.kind === 'word');
    expect(first && sentence.text.slice(first.start, first.end)).toBe('Menteri');
  });
});

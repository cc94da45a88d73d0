// Hit testing on real layout (caretAt, onRange) and the term interaction driven by synthetic
// pointer and keyboard events. The tests wait on the open and close callbacks.
import { afterEach, describe, expect, it } from 'vitest';
import { caretAt, createTermInteraction, DWELL_MS, GRACE_MS, onRange } from '../../src/content/interaction';
import { groupIntoBlocks } from '../../src/dom/blocks';
import { type TermRange, termRanges } from '../../src/dom/ranges';
import { $, makePage, removePages, textNodes, windowOf } from './support';

afterEach(removePages);

const STYLE = 'margin:0;padding:8px;width:240px;font:16px/24px monospace';
const PAGE = `<p id="p" style="${STYLE}">Presiden <b>Joko Widodo</b> berkunjung ke Jakarta pada hari Senin bersama para menteri kabinet.</p><div style="height:200px"></div>`;

function setup(): { doc: Document; terms: TermRange[] } {
  const doc = makePage(PAGE);
  const blocks = groupIntoBlocks(textNodes(doc.body));
  const text = blocks[0]?.text ?? '';
  const find = (t: string, entryId: string) => {
    const start = text.indexOf(t);
    return { block: 0, start, end: start + t.length, entryId, text: t };
  };
  const terms = termRanges(doc, blocks, [find('Joko Widodo', 'jokowi'), find('Jakarta', 'jakarta')]);
  if (terms.length !== 2) throw new Error('terms not found');
  return { doc, terms };
}

function centre(range: Range): { x: number; y: number } {
  const rect = range.getClientRects()[0];
  if (!rect) throw new Error('no rect');
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

describe('caretAt', () => {
  it('finds the text node and offset under a point', () => {
    const { doc, terms } = setup();
    const jakarta = terms[1]?.range as Range;
    const { x, y } = centre(jakarta);
    const caret = caretAt(doc, x, y);
    expect(caret?.node).toBe(jakarta.startContainer);
    expect(caret?.offset).toBeGreaterThanOrEqual(jakarta.startOffset);
    expect(caret?.offset).toBeLessThanOrEqual(jakarta.endOffset);
  });

  it('falls back on caretRangeFromPoint', () => {
    const { doc, terms } = setup();
    const joko = terms[0]?.range as Range;
    Object.defineProperty(doc, 'caretPositionFromPoint', { value: undefined, configurable: true });
    const { x, y } = centre(joko);
    expect(caretAt(doc, x, y)?.node).toBe(joko.startContainer);
  });

  it('gives null when the page broke the API', () => {
    const { doc } = setup();
    Object.defineProperty(doc, 'caretPositionFromPoint', {
      value: () => {
        throw new Error('hostile');
      },
      configurable: true,
    });
    expect(caretAt(doc, 20, 20)).toBeNull();
  });
});

describe('onRange', () => {
  it("is true on the range's line boxes only, not merely near them", () => {
    const { doc, terms } = setup();
    const jakarta = terms[1]?.range as Range;
    const rect = jakarta.getBoundingClientRect();
    const { x, y } = centre(jakarta);
    expect(onRange(jakarta, x, y)).toBe(true);
    expect(onRange(jakarta, rect.right + 30, y)).toBe(false);
    expect(onRange(jakarta, x, rect.bottom + 30)).toBe(false);
    // Below the text the caret is still the nearest position, but not on the term.
    const below = caretAt(doc, x, rect.bottom + 150);
    expect(below).not.toBeNull();
    expect(onRange(jakarta, x, rect.bottom + 150)).toBe(false);
  });

  it('for a range over two lines, the corner between them is not on it', () => {
    const { doc } = setup();
    const p = $(doc, '#p');
    const range = doc.createRange();
    const text = textNodes(p)[2] as Text;
    // From the middle of one line into the next.
    range.setStart(text, text.data.indexOf('Jakarta'));
    range.setEnd(text, text.data.indexOf('Senin'));
    const rects = Array.from(range.getClientRects());
    expect(rects.length).toBeGreaterThan(1);
    const first = rects[0] as DOMRect;
    const bounds = range.getBoundingClientRect();
    // Left of where the range starts, on its first line: inside its bounding box.
    const x = bounds.left + 2;
    const y = first.top + first.height / 2;
    expect(x).toBeLessThan(first.left);
    expect(onRange(range, x, y)).toBe(false);
    expect(onRange(range, first.left + 2, y)).toBe(true);
  });
});

describe('createTermInteraction', () => {
  interface Opened {
    term: TermRange;
    by: string;
  }

  // The tests can only make events, so they say that theirs count as the reader's, except where
  // a test checks the default (page-made events count for nothing).
  function interact(doc: Document, testEventsCount = true) {
    const controller = new AbortController();
    const opened: Opened[] = [];
    let open = false;
    let closes = 0;
    let onOpen: ((o: Opened) => void) | null = null;
    let onClose: (() => void) | null = null;
    const interaction = createTermInteraction({
      doc,
      signal: controller.signal,
      open(term, by) {
        open = true;
        opened.push({ term, by });
        onOpen?.({ term, by });
      },
      close() {
        open = false;
        closes++;
        onClose?.();
      },
      isOpen: () => open,
      inPopover: () => false,
      focusPopover: () => false,
      ...(testEventsCount ? { fromReader: () => true } : {}),
    });
    return {
      interaction,
      opened,
      closes: () => closes,
      abort: () => controller.abort(),
      nextOpen: () => new Promise<Opened>((resolve) => (onOpen = resolve)),
      nextClose: () => new Promise<void>((resolve) => (onClose = resolve)),
    };
  }

  function pointer(doc: Document, type: string, x: number, y: number, pointerType = 'mouse'): void {
    const win = windowOf(doc) as Window & typeof globalThis;
    const target = doc.elementFromPoint(x, y) ?? doc.body;
    target.dispatchEvent(new win.PointerEvent(type, { clientX: x, clientY: y, pointerType, bubbles: true }));
  }

  it('opens the term under a resting pointer after the dwell, and closes it after the grace time', async () => {
    const { doc, terms } = setup();
    const t = interact(doc);
    t.interaction.setRanges(terms);
    const { x, y } = centre(terms[0]?.range as Range);
    const opening = t.nextOpen();
    const movedAt = performance.now();
    pointer(doc, 'pointermove', x, y);
    const opened = await opening;
    expect(opened).toEqual({ term: terms[0], by: 'pointer' });
    expect(performance.now() - movedAt).toBeGreaterThanOrEqual(DWELL_MS - 2);
    expect(t.interaction.current()).toBe(terms[0]);

    const closing = t.nextClose();
    const leftAt = performance.now();
    pointer(doc, 'pointermove', x, y + 120);
    await closing;
    expect(performance.now() - leftAt).toBeGreaterThanOrEqual(GRACE_MS - 2);
    expect(t.interaction.current()).toBeNull();
    t.abort();
  });

  it('a tap opens at once; Escape closes', () => {
    const { doc, terms } = setup();
    const t = interact(doc);
    t.interaction.setRanges(terms);
    const { x, y } = centre(terms[1]?.range as Range);
    pointer(doc, 'pointerdown', x, y, 'touch');
    pointer(doc, 'pointerup', x, y, 'touch');
    expect(t.opened).toEqual([{ term: terms[1], by: 'touch' }]);
    doc.body.dispatchEvent(
      new (windowOf(doc) as Window & typeof globalThis).KeyboardEvent('keydown', {
        key: 'Escape',
        bubbles: true,
      }),
    );
    expect(t.closes()).toBe(1);
    expect(t.interaction.current()).toBeNull();
    t.abort();
  });

  it("by default, a tap the page's script makes counts for nothing (a tap opens at once)", () => {
    const { doc, terms } = setup();
    const t = interact(doc, false);
    t.interaction.setRanges(terms);
    const { x, y } = centre(terms[1]?.range as Range);
    pointer(doc, 'pointerdown', x, y, 'touch');
    pointer(doc, 'pointerup', x, y, 'touch');
    expect(t.opened).toEqual([]);
    // The same tap, counted as the reader's, opens at once: the test above shows the path works.
    t.abort();
  });

  it('a tap beside the terms opens nothing', () => {
    const { doc, terms } = setup();
    const t = interact(doc);
    t.interaction.setRanges(terms);
    const range = terms[1]?.range as Range;
    const rect = range.getBoundingClientRect();
    pointer(doc, 'pointerdown', rect.left + 2, rect.bottom + 100, 'touch');
    pointer(doc, 'pointerup', rect.left + 2, rect.bottom + 100, 'touch');
    expect(t.opened).toEqual([]);
    t.abort();
  });

  it('steps through the terms in order, from the keyboard, wrapping around', () => {
    const { doc, terms } = setup();
    const t = interact(doc);
    t.interaction.setRanges(terms);
    expect(t.interaction.step('next')).toBe(terms[0]);
    expect(t.interaction.step('next')).toBe(terms[1]);
    expect(t.interaction.step('next')).toBe(terms[0]);
    expect(t.interaction.step('previous')).toBe(terms[1]);
    expect(t.opened.map((o) => [o.term, o.by])).toEqual([
      [terms[0], 'keyboard'],
      [terms[1], 'keyboard'],
      [terms[0], 'keyboard'],
      [terms[1], 'keyboard'],
    ]);
  });

  it('closes the open term when new ranges leave it out', () => {
    const { doc, terms } = setup();
    const t = interact(doc);
    t.interaction.setRanges(terms);
    t.interaction.show(terms[0] as TermRange);
    t.interaction.setRanges([terms[0] as TermRange]);
    expect(t.closes()).toBe(0);
    t.interaction.setRanges([terms[1] as TermRange]);
    expect(t.closes()).toBe(1);
  });

  it('listens no more once aborted', () => {
    const { doc, terms } = setup();
    const t = interact(doc);
    t.interaction.setRanges(terms);
    t.abort();
    const { x, y } = centre(terms[1]?.range as Range);
    pointer(doc, 'pointerdown', x, y, 'touch');
    pointer(doc, 'pointerup', x, y, 'touch');
    expect(t.opened).toEqual([]);
  });
});

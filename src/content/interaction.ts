// Pointer, touch and keyboard access to the highlighted terms. Resting the pointer on a term
// (hit-tested with caretPositionFromPoint) opens its popover after a short dwell; leaving closes
// it after a grace period long enough to move into the popover. A tap opens it on touch screens;
// Esc closes it. Every listener is removed through `signal`.
import { measure } from '../dom/diagnostics';
import type { TermRange } from '../dom/ranges';

/** A word under the pointer (word lookup), identified by where it stands. */
export interface WordHit {
  key: string;
  range: Range;
}

type Target = TermRange | WordHit;
const isWord = (t: Target | null): t is WordHit => t !== null && 'key' in t;

export const DWELL_MS = 120;
export const GRACE_MS = 400;

export type OpenedBy = 'pointer' | 'touch' | 'keyboard';

export interface InteractionOptions {
  doc: Document;
  signal: AbortSignal;
  open(term: TermRange, by: OpenedBy): void;
  close(): void;
  isOpen(): boolean;
  /** The popover's own element: the pointer on it keeps it open. */
  inPopover(target: EventTarget | null): boolean;
  focusPopover(): boolean;
  /** The word at a caret position when word lookup applies to this pointer (its modifier keys). */
  wordAt?(caret: { node: Node; offset: number }, x: number, y: number, modifiers: Modifiers): WordHit | null;
  openWord?(hit: WordHit, by: OpenedBy): void;
  /**
   * Whether an event is the reader's own (default: `isTrusted`, false for every event the page's
   * script makes). The DOM tests, which can only make events, say which ones count.
   */
  fromReader?(event: Event): boolean;
}

export interface Modifiers {
  shift: boolean;
  alt: boolean;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  try {
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  } catch {
    // A hostile page may break these.
    return null;
  }
}

/** Whether (x, y) is on one of the range's line boxes (not merely nearest to it). */
export function onRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export function createTermInteraction(options: InteractionOptions) {
  const fromReader = options.fromReader ?? ((event: Event) => event.isTrusted);
  const { doc, signal } = options;
  const win = doc.defaultView as Window;
  let ranges: TermRange[] = [];
  let byNode = new Map<Node, TermRange[]>();
  let current: Target | null = null;
  let modifiers: Modifiers = { shift: false, alt: false };
  let openedBy: OpenedBy | null = null;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  let cursor = -1;
  let returnFocus: Element | null = null;

  /** The term under the point, if the point is on its text (not merely nearest to it). */
  const hitTest = (x: number, y: number): Target | null => {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const candidates = byNode.get(caret.node);
    if (candidates) {
      for (const term of candidates) {
        try {
          if (onRange(term.range, x, y)) return term;
        } catch {
          // getClientRects broken by the page.
        }
      }
    }
    // Glossary terms keep their richer card; elsewhere, the word (when word lookup applies).
    return options.wordAt?.(caret, x, y, modifiers) ?? null;
  };

  const same = (a: Target | null, b: Target | null) => a === b || (isWord(a) && isWord(b) && a.key === b.key);

  const openNow = (target: Target, by: OpenedBy) => {
    clearTimeout(dwell);
    clearTimeout(grace);
    current = target;
    openedBy = by;
    if (isWord(target)) options.openWord?.(target, by);
    else options.open(target, by);
  };

  const closeNow = () => {
    clearTimeout(dwell);
    clearTimeout(grace);
    if (!options.isOpen() && current === null) return;
    current = null;
    openedBy = null;
    options.close();
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const scheduleClose = () => {
    clearTimeout(dwell);
    clearTimeout(grace);
    grace = setTimeout(closeNow, GRACE_MS);
  };

  const onFrame = () => {
    frame = 0;
    const started = performance.now();
    const term = hitTest(lastX, lastY);
    // For tests and profiling: where the pointer came to rest, and whether it found anything.
    measure('lentera:pointer', started, performance.now(), term ? (isWord(term) ? 'word' : 'term') : 'none');
    if (term && same(term, current)) {
      clearTimeout(grace);
      return;
    }
    if (term) {
      clearTimeout(dwell);
      clearTimeout(grace);
      dwell = setTimeout(() => openNow(term, 'pointer'), options.isOpen() ? 0 : DWELL_MS);
    } else if (current && openedBy === 'pointer') {
      scheduleClose();
    } else clearTimeout(dwell);
  };

  // On the window, in the capture phase: the first to see an event, so that a page that stops
  // propagation at the document or below does not blind Lentera. Only the reader's own input
  // counts: an event the page's script made (isTrusted false) never opens or closes a card.
  const listen = { capture: true, passive: true, signal };
  win.addEventListener(
    'pointermove',
    (event) => {
      if (!fromReader(event) || event.pointerType === 'touch') return;
      if (options.inPopover(event.target)) {
        clearTimeout(grace);
        return;
      }
      lastX = event.clientX;
      lastY = event.clientY;
      modifiers = { shift: event.shiftKey, alt: event.altKey };
      if (!frame) frame = win.requestAnimationFrame(onFrame);
    },
    listen,
  );
  let down: { x: number; y: number; t: number } | null = null;
  win.addEventListener(
    'pointerdown',
    (event) => {
      if (!fromReader(event)) return;
      down =
        event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY, t: event.timeStamp } : null;
      if (current && !options.inPopover(event.target) && event.pointerType !== 'touch') {
        const term = hitTest(event.clientX, event.clientY);
        if (!term) closeNow();
      }
    },
    listen,
  );
  win.addEventListener(
    'pointerup',
    (event) => {
      if (!fromReader(event) || !down || event.pointerType !== 'touch') return;
      const tap =
        Math.hypot(event.clientX - down.x, event.clientY - down.y) < 10 && event.timeStamp - down.t < 600;
      down = null;
      if (!tap || options.inPopover(event.target)) return;
      const term = hitTest(event.clientX, event.clientY);
      if (term) openNow(term, 'touch');
      else if (current) closeNow();
    },
    listen,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (!fromReader(event)) return;
      if (event.key === 'Escape' && (current || options.isOpen())) closeNow();
      // A modifier pressed while the pointer rests on a word looks it up at once.
      else if ((event.key === 'Shift' || event.key === 'Alt') && !event.repeat && options.wordAt) {
        modifiers = {
          shift: event.shiftKey || event.key === 'Shift',
          alt: event.altKey || event.key === 'Alt',
        };
        const target = hitTest(lastX, lastY);
        if (target && isWord(target) && !same(target, current)) openNow(target, 'pointer');
      }
      // Opened from the keyboard, the popover is the next stop for Tab.
      else if (
        event.key === 'Tab' &&
        !event.shiftKey &&
        openedBy === 'keyboard' &&
        options.isOpen() &&
        !options.inPopover(event.target)
      ) {
        if (options.focusPopover()) event.preventDefault();
      }
    },
    { capture: true, signal },
  );
  win.addEventListener(
    'keyup',
    (event) => {
      if (!fromReader(event)) return;
      if (event.key === 'Shift' || event.key === 'Alt')
        modifiers = { shift: event.shiftKey, alt: event.altKey };
    },
    { capture: true, passive: true, signal },
  );
  win.addEventListener('scroll', () => openedBy === 'pointer' && current && scheduleClose(), {
    passive: true,
    signal,
  });
  signal.addEventListener('abort', () => {
    clearTimeout(dwell);
    clearTimeout(grace);
    if (frame) win.cancelAnimationFrame(frame);
  });

  return {
    setRanges(next: TermRange[]) {
      ranges = next;
      byNode = new Map();
      for (const term of next) {
        for (const node of textNodesIn(term.range)) {
          const list = byNode.get(node);
          if (list) list.push(term);
          else byNode.set(node, [term]);
        }
      }
      cursor = -1;
      if (current && !isWord(current) && !next.includes(current)) closeNow();
    },
    /** Moves to the next or previous term in reading order, scrolls it into view and opens it. */
    step(direction: 'next' | 'previous'): TermRange | null {
      if (ranges.length === 0) return null;
      cursor =
        direction === 'next' ? (cursor + 1) % ranges.length : (cursor - 1 + ranges.length) % ranges.length;
      const term = ranges[cursor] as TermRange;
      const element = term.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (!returnFocus) returnFocus = doc.activeElement;
      openNow(term, 'keyboard');
      return term;
    },
    /** Opens a given term (from the popup's key terms). */
    show(term: TermRange) {
      term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      cursor = ranges.indexOf(term);
      openNow(term, 'keyboard');
    },
    /** Opens a word found from the keyboard (the selection). */
    showWord(hit: WordHit) {
      if (!returnFocus) returnFocus = doc.activeElement;
      openNow(hit, 'keyboard');
    },
    onPopoverLeave() {
      if (openedBy === 'pointer') scheduleClose();
    },
    onPopoverEnter() {
      clearTimeout(grace);
    },
    close: closeNow,
    /** The terms in reading order (every mention of every name). */
    ranges: (): readonly TermRange[] => ranges,
    current: () => (isWord(current) ? null : current),
    currentWord: () => (isWord(current) ? current : null),
  };
}

export type TermInteraction = ReturnType<typeof createTermInteraction>;

function textNodesIn(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const out: Node[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n);
  return out;
}

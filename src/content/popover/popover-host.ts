// Shows the popover in a closed shadow root of an element of our own, placed next to a range with
// Floating UI (flipping at the viewport's edges, following scroll). The element exists only while
// a popover is shown, so a page without one serialises exactly as it was.
//
// The page is not trusted with the card. Its name is drawn at random for each page (a page cannot
// define it as a custom element first, nor write a style rule for it); its shadow root is closed
// (the page's script cannot read the card: what the reader saved, the word's status); its own
// style is `all: initial` with `!important`, which beats every rule of the page's style sheets
// (an inline important declaration wins over any selector's).
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { type ComponentChild, render } from 'preact';
import { POPOVER_CSS } from '../../ui/cards/popover-css';

/** A valid custom element name that no page can guess: two runs of random letters. */
export function randomHostTag(random: (n: number) => number = randomInt): string {
  const letters = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + random(26))).join('');
  return `${letters(6)}-${letters(6)}`;
}

function randomInt(n: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % n;
}

/** The card host's name on this page (one content script, one name). */
export const HOST_TAG = randomHostTag();

/** The host's own style: nothing of the page's applies, and it cannot be hidden by a rule. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'z-index: 2147483647',
  'visibility: visible',
  'opacity: 1',
]
  .map((declaration) => `${declaration} !important;`)
  .join(' ');

export interface PopoverHost {
  show(anchor: Range, content: ComponentChild, announcement: string): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: EventTarget | null): boolean;
  /** Moves focus into the popover (the reader tabbed into it). */
  focus(): boolean;
  element(): HTMLElement | null;
}

export function createPopoverHost(doc: Document): PopoverHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let mount: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let stopUpdates: (() => void) | null = null;

  const ensure = () => {
    if (host?.isConnected && mount && live) return { host, mount, live };
    host = doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = POPOVER_CSS;
    mount = doc.createElement('div');
    live = doc.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    shadow.append(style, live, mount);
    doc.documentElement.append(host);
    return { host, mount, live };
  };

  return {
    show(anchor, content, announcement) {
      const parts = ensure();
      render(content, parts.mount);
      parts.live.textContent = announcement;
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      stopUpdates?.();
      const floating = parts.host;
      const place = () =>
        void computePosition(reference, floating, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          floating.style.setProperty('left', `${Math.round(x)}px`, 'important');
          floating.style.setProperty('top', `${Math.round(y)}px`, 'important');
        });
      stopUpdates = autoUpdate(reference, floating, place);
    },
    hide() {
      stopUpdates?.();
      stopUpdates = null;
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      shadow = null;
      mount = null;
      live = null;
    },
    isOpen: () => host?.isConnected === true,
    contains: (node) => node instanceof Node && host !== null && (node === host || host.contains(node)),
    focus() {
      const target = shadow?.querySelector<HTMLElement>('a, button:not([disabled])');
      target?.focus();
      return target !== undefined && target !== null;
    },
    element: () => host,
  };
}

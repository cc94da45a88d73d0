// Shows the popover in a shadow root of an element of our own, placed next to a range with
// Floating UI (flipping at the viewport's edges, following scroll). The element exists only while
// a popover is shown, so a page without one serialises exactly as it was.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { type ComponentChild, render } from 'preact';
import { POPOVER_CSS } from '../../ui/cards/popover-css';

export const HOST_TAG = 'lentera-popover';

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
  let mount: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let stopUpdates: (() => void) | null = null;

  const ensure = () => {
    if (host?.isConnected && mount && live) return { host, mount, live };
    host = doc.createElement(HOST_TAG);
    host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;');
    const shadow = host.attachShadow({ mode: 'open' });
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
          floating.style.left = `${Math.round(x)}px`;
          floating.style.top = `${Math.round(y)}px`;
        });
      stopUpdates = autoUpdate(reference, floating, place);
    },
    hide() {
      stopUpdates?.();
      stopUpdates = null;
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
      live = null;
    },
    isOpen: () => host?.isConnected === true,
    contains: (node) => node instanceof Node && host !== null && (node === host || host.contains(node)),
    focus() {
      const target = host?.shadowRoot?.querySelector<HTMLElement>('a, button:not([disabled])');
      target?.focus();
      return target !== undefined && target !== null;
    },
    element: () => host,
  };
}

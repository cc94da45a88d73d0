// An orphaned content script: the extension that injected it was reloaded, updated or removed,
// and the script lives on in the open page (Chromium leaves it running) with no extension behind
// it: every call throws "Extension context invalidated", and its highlights and card stay. It
// notices, once, and then removes every trace and goes quiet (the page controller's `end`).
import { browser } from '../shared/browser';

/** Whether this script's extension is still there: an orphaned script's runtime has no id. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** The reader's input that can reach Lentera's listeners: checked first, before any of them runs. */
const INPUT = ['pointerover', 'pointermove', 'pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** How often the extension is checked for while the reader does nothing (one property read). */
const CHECK_MS = 1000;

export interface OrphanWatchOptions {
  win: Window;
  /** Called once, when the extension is found gone. */
  onOrphaned(): void;
  alive?: () => boolean;
  everyMs?: number;
}

/**
 * Checks for the extension every `everyMs` and before each of the reader's inputs (a capturing
 * listener on the window, added before Lentera's own, so that a hover on a dead highlight finds it
 * removed instead of a card that throws). Returns `check`, for a call that failed as "gone".
 */
export function watchForOrphaning({
  win,
  onOrphaned,
  alive = extensionAlive,
  everyMs = CHECK_MS,
}: OrphanWatchOptions) {
  const control = new AbortController();
  const check = (): boolean => {
    if (control.signal.aborted) return false;
    if (alive()) return true;
    control.abort();
    win.clearInterval(timer);
    onOrphaned();
    return false;
  };
  const timer = win.setInterval(check, everyMs);
  for (const type of INPUT)
    win.addEventListener(type, check, { capture: true, passive: true, signal: control.signal });
  return { check };
}

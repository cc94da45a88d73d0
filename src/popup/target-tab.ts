import { browser } from '../shared/browser';

/**
 * The tab the popup speaks about: `popup.html?tab=<id>` when opened as a page (by tests, or by a
 * keyboard user from a bookmark), else the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tab');
  if (fromQuery !== null) {
    const id = Number(fromQuery);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

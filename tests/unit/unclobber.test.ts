// A `browser` that is not the script's own global (a page's `<form id="browser">`, seen through the
// window's named properties) is covered before webextension-polyfill can take it for the API.
import { afterEach, describe, expect, it, vi } from 'vitest';

const proto = Object.prototype as { browser?: unknown };
const global = globalThis as { browser?: unknown };

afterEach(() => {
  delete proto.browser;
  delete global.browser;
  vi.resetModules();
});

describe('unclobber', () => {
  it('covers a `browser` that the global only inherits (as a named element is)', async () => {
    const form = { runtime: { id: 'clobbered' } };
    proto.browser = form;
    expect(global.browser).toBe(form);
    await import('../../src/shared/unclobber');
    expect(Object.hasOwn(globalThis, 'browser')).toBe(true);
    expect(global.browser).toBeUndefined();
  });

  it('leaves the browser’s own `browser` alone', async () => {
    const api = { runtime: { id: 'lentera' } };
    global.browser = api;
    await import('../../src/shared/unclobber');
    expect(global.browser).toBe(api);
  });
});

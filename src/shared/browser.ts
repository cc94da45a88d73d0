// The one module that imports webextension-polyfill (it is in maintenance mode: keeping it behind
// this door means it can be swapped for the native `browser` namespace in one place).
// First: a `browser` of the page's elements must not pass for the extension API (see there).
import './unclobber';
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };

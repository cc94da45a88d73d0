// Runs at document_start, before the page has any element. Chromium gives a content script's world
// its `chrome` and `browser` when the world is first made, and leaves them out when the page
// already has elements by those names (`<form id="chrome">`: DOM clobbering). All of Lentera's
// content scripts share one world per page: made here, it has the real objects, and the main
// script (document_idle) finds them. Nothing else is done this early.
void (globalThis as { chrome?: unknown }).chrome;

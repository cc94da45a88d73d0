// Makes sure the browsers the end-to-end tests drive are there (the lookup: tools/browser/find-browsers.ts):
// on Debian or Ubuntu as root it installs the missing ones with apt-get; elsewhere it says exactly
// what to install, and fails.
import { BROWSER_KINDS, ensureBrowsers, findBrowser } from '../tools/browser/find-browsers';

ensureBrowsers();
for (const kind of BROWSER_KINDS) console.log(`${kind}: ${findBrowser(kind)}`);

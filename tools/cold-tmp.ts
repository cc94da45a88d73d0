import { launch } from './browser/harness';
import { ExtensionPage } from './browser/pages';
import { saveStorm } from './browser/save-storm';
import { serveFixtures } from './browser/server';

const server = await serveFixtures('tests/fixtures/pages');
const browser = await launch('chromium');
const extension = await ExtensionPage.open(browser);
await extension.setSettings({ wordLookup: 'on', readerLanguage: 'id' });
let done = false;
const probe = (async () => {
  while (!done) {
    await new Promise((r) => setTimeout(r, 5000));
    const t0 = Date.now();
    const r = await Promise.race([
      extension.call('countVocabulary', {}).catch((e) => `ERR ${e.message.slice(0, 60)}`),
      new Promise((r) => setTimeout(() => r('TIMEOUT'), 8000)),
    ]);
    console.log('probe count', Date.now() - t0, String(JSON.stringify(r)).slice(0, 80));
  }
})();
const r = await saveStorm(browser, extension, {
  url: server.url('long-10k/'),
  tabs: 3,
  saves: 9,
  stopEveryMs: 300,
  burstMs: 1500,
  pageLang: 'en',
  readerLang: 'id',
  log: (l) => console.log(l),
});
done = true;
await probe;
console.log(JSON.stringify(r));
await browser.close();
await server.close();

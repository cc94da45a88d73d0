import { describe, expect, it } from 'vitest';
import { tabKeys } from '../../src/contract/storage';
import { ArticlePage } from '../../tools/browser/pages';
import { useExtension } from './support/setup';

const BROWSERS = ['chromium', 'firefox'] as const;

interface Card {
  id: string;
  labels: Record<string, { name: string }>;
  gloss: Record<string, string>;
}
interface Annotated {
  url: string;
  pageLang: string;
  readerLang: string;
  annotations: { block: number; start: number; end: number; entryId: string | null; text: string }[];
  entries: Record<string, Card>;
}

describe.each(BROWSERS)('glossary annotation in %s', (kind) => {
  const setup = useExtension(kind);

  async function annotationsFor(url: string): Promise<Annotated> {
    const tabId = await setup.extension.tabIdFor(url);
    return setup.extension.page.waitFor(
      async ({ key, url }: { key: string; url: string }) => {
        const g = globalThis as unknown as { chrome?: unknown; browser?: unknown };
        const api = (g.browser ?? g.chrome) as {
          storage: { session: { get(k: string): Promise<Record<string, Annotated | undefined>> } };
        };
        const found = (await api.storage.session.get(key))[key];
        return found && found.url === url ? found : null;
      },
      { key: tabKeys(tabId).annotations, url },
      20_000,
    );
  }

  const byText = (a: Annotated, text: string) => a.annotations.find((x) => x.text === text);

  it('finds the sample article\u2019s names and gives each one card in English and Indonesian', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-news-csto/'));
    const result = await annotationsFor(page.url);
    expect(result.pageLang).toBe('id');
    for (const text of [
      'CSTO',
      'Kassym Shumart Tokayev',
      'Nagorno-Karabakh',
      'NATO',
      'PBB',
      'Pakta Warsawa',
      'Perang Dingin',
      'Kaukasus',
      'Kazakstan',
      'Kazakhstan',
      'Kirgistan',
      'Belarusia',
      'Polandia',
      'Afganistan',
      'Moskow',
      'Organisasi Perjanjian Keamanan Kolektif',
    ]) {
      const hit = byText(result, text);
      expect(hit, text).toBeDefined();
      expect(hit?.entryId, text).toBeTruthy();
    }
    // One entity, however it is written: CSTO and its Indonesian name lead to the same card.
    const csto = byText(result, 'CSTO')?.entryId as string;
    expect(byText(result, 'Organisasi Perjanjian Keamanan Kolektif')?.entryId).toBe(csto);
    expect(byText(result, 'Kazakstan')?.entryId).toBe(byText(result, 'Kazakhstan')?.entryId);
    const card = result.entries[csto] as Card;
    expect(card.labels.en?.name).toBe('Collective Security Treaty Organization');
    expect(card.labels.id?.name).toBe('Organisasi Perjanjian Keamanan Kolektif');
    expect(card.gloss.en).toBeTruthy();
    expect(card.gloss.id).toBeTruthy();
    // Offsets point at the text as written.
    for (const a of result.annotations) expect(a.end - a.start).toBe(a.text.length);
    // Unknown names are candidates without a card.
    expect(result.annotations.some((a) => a.entryId === null && a.text === 'David Turtree')).toBe(true);
    // The headline is read too: its names are the first a reader meets.
    const report = await setup.extension.waitForReport(page.url, { kind: 'article' });
    expect(report.kind === 'article' && report.blocks?.[0]).toEqual({
      kind: 'headline',
      text: 'Tentang apa “mini-NATO” Putin?',
    });
    expect(result.annotations.filter((a) => a.block === 0).map((a) => [a.text, Boolean(a.entryId)])).toEqual([
      ['NATO', true],
      ['Putin', true],
    ]);
    await page.page.close();
  });

  it('finds the same entries on an English page through their English labels', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('en-news/'));
    const result = await annotationsFor(page.url);
    expect(result.pageLang).toBe('en');
    const entries = Object.values(result.entries).map((e) => e.labels.en?.name);
    for (const name of [
      'North Atlantic Treaty Organization',
      'United Nations',
      'Kazakhstan',
      'Russia',
      'Nagorno-Karabakh',
      'Association of Southeast Asian Nations',
    ]) {
      expect(entries, name).toContain(name);
    }
    await page.page.close();
  });

  it('refuses a malformed glossary pack with the path and reason of its first errors, and keeps the pack in use', async () => {
    const bad = {
      format: 'lentera-glossary',
      version: 1,
      id: 'broken',
      languages: ['id', 'en'],
      name: { en: 'Broken' },
      updated: '2026-11-25',
      entries: [{ id: 'Not An Id', kind: 'planet', labels: {}, gloss: {} }],
    };
    const reply = (await setup.extension.call('importGlossary', { json: JSON.stringify(bad) })) as {
      ok: true;
      value: { ok: boolean; errors: { path: string; message: string }[] };
    };
    expect(reply.value.ok).toBe(false);
    expect(reply.value.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['entries.0.id', 'entries.0.kind']),
    );
    const notJson = (await setup.extension.call('importGlossary', { json: '{"format": ' })) as {
      value: { ok: boolean; errors: { message: string }[] };
    };
    expect(notJson.value.errors[0]?.message).toMatch(/not JSON/);
    // The bundled pack still annotates.
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-news-csto/'));
    const result = await annotationsFor(page.url);
    expect(byText(result, 'CSTO')?.entryId).toBeTruthy();
    await page.page.close();
  });
});

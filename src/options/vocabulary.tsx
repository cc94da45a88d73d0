// The reader's vocabulary on the options page: the saved words and terms (newest first), export as
// CSV (for spreadsheets, and to import back) or as an Anki-importable TSV, import of a CSV (all or
// nothing: a file with an error imports nothing and says the line and column), and removal.
import { useEffect, useState } from 'preact/hooks';
import { VOCABULARY_LIST_PAGE } from '../contract/background-api';
import { callBackground } from '../contract/callers';
import { vocabularyChanged } from '../contract/storage';
import { toAnkiTsv } from '../core/vocabulary/anki';
import { formatImportError, fromCsv, toCsv } from '../core/vocabulary/csv';
import type { VocabularyItem } from '../core/vocabulary/item';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { type ImportState, ImportStatus } from '../ui/import-status';
import { storageFailureText } from '../ui/storage-message';

/** How many rows the page lists (all are exported). */
const SHOWN = 200;

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Every item, oldest first, a page at a time: the whole vocabulary at its limit is larger than one message may be. */
async function everyItem(): Promise<VocabularyItem[]> {
  const all: VocabularyItem[] = [];
  for (let offset = 0; ; offset += VOCABULARY_LIST_PAGE) {
    const reply = await callBackground('listVocabulary', { offset, limit: VOCABULARY_LIST_PAGE });
    if (!reply.ok) throw new Error(reply.error.message);
    if (reply.value.length === 0) return all;
    all.push(...reply.value);
  }
}

export function Vocabulary() {
  // The count and the newest rows only: with 20,000 items (up to 90 MB) the page stays light; an
  // export reads them all.
  const [shown, setShown] = useState<{ count: number; newest: VocabularyItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const reload = async () => {
    const [counted, newest] = await Promise.all([
      callBackground('countVocabulary', {}),
      callBackground('listVocabulary', { newest: true, limit: SHOWN }),
    ]);
    if (!counted.ok || !newest.ok) {
      setError(!counted.ok ? counted.error.message : !newest.ok ? newest.error.message : '');
      return;
    }
    setShown({ count: counted.value.count, newest: newest.value });
    setError(null);
  };
  useEffect(() => {
    void reload();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (vocabularyChanged(changes, area)) void reload();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const exportAs = async (name: string, format: (items: VocabularyItem[]) => string, type: string) => {
    try {
      download(name, format(await everyItem()), type);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy' });
    const result = fromCsv(new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!result.ok) {
      setState({ kind: 'failed', lines: result.errors.map(formatImportError) });
      return;
    }
    const reply = await callBackground('importVocabulary', { items: result.items });
    if (!reply.ok) {
      // A full storage (or another failure to store): the file was fine; nothing of it was stored.
      const refused = storageFailureText(reply.error) ?? undefined;
      setState({ kind: 'failed', lines: [reply.error.message], ...(refused ? { refused } : {}) });
    } else
      setState({
        kind: 'done',
        text: t('vocabularyImported', [String(reply.value.added), String(reply.value.updated)]),
      });
  };

  const remove = async (id: string) => {
    await callBackground('deleteVocabulary', { ids: [id] });
  };

  const newest = shown?.newest ?? [];
  return (
    <section class="card vocabulary" aria-labelledby="vocabulary-title">
      <h2 id="vocabulary-title">{t('vocabularyTitle')}</h2>
      {error && <p class="meta">{error}</p>}
      <p class="meta" id="vocabulary-count">
        {shown === null ? '…' : t('vocabularyCount', String(shown.count))}
      </p>
      <p class="buttons">
        <button
          type="button"
          id="export-csv"
          disabled={!shown?.count}
          onClick={() => void exportAs(`lentera-vocabulary-${today()}.csv`, toCsv, 'text/csv;charset=utf-8')}
        >
          {t('exportCsv')}
        </button>{' '}
        <button
          type="button"
          id="export-anki"
          disabled={!shown?.count}
          onClick={() =>
            void exportAs(
              `lentera-vocabulary-${today()}-anki.txt`,
              toAnkiTsv,
              'text/tab-separated-values;charset=utf-8',
            )
          }
        >
          {t('exportAnki')}
        </button>
      </p>
      <p>
        <label for="vocabulary-file">{t('importCsv')}</label>{' '}
        <input
          id="vocabulary-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </p>
      <ImportStatus id="vocabulary-import-status" state={state} refused={t('vocabularyRefused')} />
      {newest.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('columnWord')}</th>
              <th scope="col">{t('rootLabel')}</th>
              <th scope="col">{t('columnGloss')}</th>
              <th scope="col">
                <span class="sr-only">{t('columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newest.map((item) => (
              <tr key={item.id} data-status={item.status}>
                <td lang={item.lang} title={item.sentence}>
                  {item.text}
                  {item.status === 'known' && <span class="meta"> ✓</span>}
                </td>
                <td lang={item.lang}>{item.root || item.name}</td>
                <td lang={item.readerLang}>{item.gloss}</td>
                <td>
                  <button
                    type="button"
                    class="link"
                    onClick={() => void remove(item.id)}
                    aria-label={t('removeWord', item.text)}
                  >
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

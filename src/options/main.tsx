import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../shared/call-background';
import { languageName, t, uiLanguage } from '../shared/i18n';
import { loadSettings, READER_LANGUAGES, type Settings, saveSettings } from '../shared/settings';
import { Vocabulary } from './vocabulary';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <p aria-busy="true">…</p>;

  const change = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setSaved(true);
  };
  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('settingsTitle')}</h1>
      </header>
      <GlossaryImport />
      <div class="card">
        <label for="reader-language">{t('settingReaderLanguage')}</label>{' '}
        <select
          id="reader-language"
          value={settings.readerLanguage}
          onChange={(event) =>
            void change({ readerLanguage: event.currentTarget.value as Settings['readerLanguage'] })
          }
        >
          {READER_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {code === 'auto' ? t('readerLanguageAuto') : languageName(code)}
            </option>
          ))}
        </select>
        <p>
          <label for="density">{t('settingDensity')}</label>{' '}
          <select
            id="density"
            value={settings.highlightDensity}
            onChange={(event) =>
              void change({ highlightDensity: event.currentTarget.value as Settings['highlightDensity'] })
            }
          >
            <option value="first-in-section">{t('densityFirst')}</option>
            <option value="all">{t('densityAll')}</option>
            <option value="none">{t('densityNone')}</option>
          </select>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              checked={settings.bothGlosses}
              onChange={(event) => void change({ bothGlosses: event.currentTarget.checked })}
            />{' '}
            {t('settingBothGlosses')}
          </label>
        </p>
        <p>
          <label for="word-lookup">{t('settingWordLookup')}</label>{' '}
          <select
            id="word-lookup"
            value={settings.wordLookup}
            onChange={(event) =>
              void change({ wordLookup: event.currentTarget.value as Settings['wordLookup'] })
            }
          >
            <option value="off">{t('wordLookupOff')}</option>
            <option value="modifier">{t('wordLookupModifier')}</option>
            <option value="on">{t('wordLookupOn')}</option>
          </select>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              id="colour-vocabulary"
              checked={settings.colourVocabulary}
              onChange={(event) => void change({ colourVocabulary: event.currentTarget.checked })}
            />{' '}
            {t('settingColourVocabulary')}
          </label>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              checked={settings.diagnostics}
              onChange={(event) => void change({ diagnostics: event.currentTarget.checked })}
            />{' '}
            {t('settingDiagnostics')}
          </label>
        </p>
        <p class="meta" role="status">
          {saved ? t('settingsSaved') : ''}
        </p>
      </div>
      <Vocabulary />
    </>
  );
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; lines: string[] };

/** Adds a glossary pack from a file; a pack that fails validation is refused, with its first errors. */
function GlossaryImport() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy' });
    const reply = await callBackground('importGlossary', { json: await file.text() });
    if (!reply.ok) setState({ kind: 'failed', lines: [reply.error.message] });
    else if (reply.value.ok)
      setState({ kind: 'done', text: t('glossaryImported', [reply.value.id, String(reply.value.entries)]) });
    else setState({ kind: 'failed', lines: reply.value.errors.map((e) => `${e.path}: ${e.message}`) });
  };
  return (
    <div class="card">
      <label for="glossary-file">{t('glossaryImport')}</label>{' '}
      <input
        id="glossary-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => void onFile(event.currentTarget.files?.[0])}
      />
      <div role="status" aria-live="polite">
        {state.kind === 'done' && <p class="meta">{state.text}</p>}
        {state.kind === 'failed' && (
          <>
            <p class="meta">{t('glossaryRefused')}</p>
            <ul>
              {state.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<Options />, root);

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../contract/callers';
import { t, uiLanguage } from '../shared/i18n';
import { loadSettings, type Settings, saveSettings } from '../shared/settings';
import { type ImportState, ImportStatus } from '../ui/import-status';
import {
  readerLanguageOptions,
  SettingCheckbox,
  SettingSelect,
  wordLookupOptions,
} from '../ui/setting-fields';
import { storageFailureText, writeFailureText } from '../ui/storage-message';
import { Vocabulary } from './vocabulary';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <p aria-busy="true">…</p>;

  const change = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      setSaved(t('settingsSaved'));
    } catch (error) {
      // Not stored: say so; the controls show what is stored.
      setSaved(t('settingNotSaved', writeFailureText(error)));
      setSettings(await loadSettings());
    }
  };
  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('settingsTitle')}</h1>
      </header>
      <GlossaryImport />
      <div class="card">
        <SettingSelect
          id="reader-language"
          setting="readerLanguage"
          label={t('settingReaderLanguage')}
          value={settings.readerLanguage}
          options={readerLanguageOptions()}
          onChange={(patch) => void change(patch)}
        />
        <SettingSelect
          id="density"
          setting="highlightDensity"
          label={t('settingDensity')}
          value={settings.highlightDensity}
          options={[
            ['first-in-section', t('densityFirst')],
            ['all', t('densityAll')],
            ['none', t('densityNone')],
          ]}
          onChange={(patch) => void change(patch)}
        />
        <SettingCheckbox
          label={t('settingBothGlosses')}
          checked={settings.bothGlosses}
          onChange={(bothGlosses) => void change({ bothGlosses })}
        />
        <SettingSelect
          id="word-lookup"
          setting="wordLookup"
          label={t('settingWordLookup')}
          value={settings.wordLookup}
          options={wordLookupOptions()}
          onChange={(patch) => void change(patch)}
        />
        <SettingCheckbox
          id="colour-vocabulary"
          label={t('settingColourVocabulary')}
          hint={t('settingColourVocabularyHint')}
          checked={settings.colourVocabulary}
          onChange={(colourVocabulary) => void change({ colourVocabulary })}
        />
        <SettingCheckbox
          label={t('settingDiagnostics')}
          checked={settings.diagnostics}
          onChange={(diagnostics) => void change({ diagnostics })}
        />
        <p class="meta" role="status">
          {saved ?? ''}
        </p>
      </div>
      <Vocabulary />
    </>
  );
}

/** Adds a glossary pack from a file; a pack that fails validation is refused, with its first errors. */
function GlossaryImport() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy' });
    const reply = await callBackground('importGlossary', { json: await file.text() });
    if (!reply.ok) {
      const refused = storageFailureText(reply.error) ?? undefined;
      setState({ kind: 'failed', lines: [reply.error.message], ...(refused ? { refused } : {}) });
    } else if (reply.value.ok)
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
      <ImportStatus state={state} refused={t('glossaryRefused')} />
    </div>
  );
}

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<Options />, root);

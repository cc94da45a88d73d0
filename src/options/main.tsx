import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { languageName, t, uiLanguage } from '../shared/i18n';
import { loadSettings, READER_LANGUAGES, type Settings, saveSettings } from '../shared/settings';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <p aria-busy="true">…</p>;

  const change = async (readerLanguage: Settings['readerLanguage']) => {
    setSettings(await saveSettings({ readerLanguage }));
    setSaved(true);
  };
  return (
    <>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('settingsTitle')}</h1>
      </header>
      <div class="card">
        <label for="reader-language">{t('settingReaderLanguage')}</label>{' '}
        <select
          id="reader-language"
          value={settings.readerLanguage}
          onChange={(event) => void change(event.currentTarget.value as Settings['readerLanguage'])}
        >
          {READER_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {code === 'auto' ? t('readerLanguageAuto') : languageName(code)}
            </option>
          ))}
        </select>
        <p class="meta" role="status">
          {saved ? t('settingsSaved') : ''}
        </p>
      </div>
    </>
  );
}

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<Options />, root);

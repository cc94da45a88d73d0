// The switches readers use, stored in the settings (storage.local: kept across browser restarts)
// and applied to open tabs at once (their content scripts follow storage.onChanged).
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { languageName, t } from '../shared/i18n';
import {
  annotationsOn,
  loadSettings,
  READER_LANGUAGES,
  SETTINGS_KEY,
  type Settings,
  saveSettings,
} from '../shared/settings';

export function Switches({ host }: { host: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) void loadSettings().then(setSettings);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  if (!settings) return null;
  const change = async (patch: Partial<Settings>) => setSettings(await saveSettings(patch));
  const setSite = (on: boolean) => {
    if (!host) return;
    const sites = { ...settings.annotations.sites };
    // No exception needed when the site agrees with "everywhere".
    if (on === settings.annotations.enabled) delete sites[host];
    else sites[host] = on;
    void change({ annotations: { ...settings.annotations, sites } });
  };
  return (
    <section class="card switches" aria-labelledby="switches-title">
      <h3 id="switches-title">{t('switchesTitle')}</h3>
      {host && (
        <p>
          <label>
            <input
              type="checkbox"
              id="switch-site"
              checked={annotationsOn(settings, host)}
              onChange={(event) => setSite(event.currentTarget.checked)}
            />{' '}
            {t('switchSite', host)}
          </label>
        </p>
      )}
      <p>
        <label>
          <input
            type="checkbox"
            id="switch-everywhere"
            checked={settings.annotations.enabled}
            onChange={(event) =>
              void change({ annotations: { ...settings.annotations, enabled: event.currentTarget.checked } })
            }
          />{' '}
          {t('switchEverywhere')}
        </label>
      </p>
      <p>
        <label for="switch-word-lookup">{t('settingWordLookup')}</label>{' '}
        <select
          id="switch-word-lookup"
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
        <label for="switch-reader-language">{t('settingReaderLanguage')}</label>{' '}
        <select
          id="switch-reader-language"
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
      </p>
    </section>
  );
}

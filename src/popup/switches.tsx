// The switches readers use, stored in the settings (storage.local: kept across browser restarts)
// and applied to open tabs at once (their content scripts follow storage.onChanged).
import { useEffect, useState } from 'preact/hooks';
import { LOCAL_KEYS } from '../contract/storage';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { annotationsOn, loadSettings, type Settings, saveSettings } from '../shared/settings';
import {
  readerLanguageOptions,
  SettingCheckbox,
  SettingSelect,
  wordLookupOptions,
} from '../ui/setting-fields';
import { writeFailureText } from '../ui/storage-message';

export function Switches({ host }: { host: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LOCAL_KEYS.settings in changes) void loadSettings().then(setSettings);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  if (!settings) return null;
  const change = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
      setFailed(null);
    } catch (error) {
      // Not stored (the browser's storage refused it): say so; the switches show what is stored.
      setFailed(t('settingNotSaved', writeFailureText(error)));
      setSettings(await loadSettings());
    }
  };
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
      {failed && (
        <p class="meta" role="alert" id="switches-error">
          {failed}
        </p>
      )}
      {host && (
        <SettingCheckbox
          id="switch-site"
          label={t('switchSite', host)}
          checked={annotationsOn(settings, host)}
          onChange={setSite}
        />
      )}
      <SettingCheckbox
        id="switch-everywhere"
        label={t('switchEverywhere')}
        checked={settings.annotations.enabled}
        onChange={(enabled) => void change({ annotations: { ...settings.annotations, enabled } })}
      />
      <SettingSelect
        id="switch-word-lookup"
        setting="wordLookup"
        label={t('settingWordLookup')}
        value={settings.wordLookup}
        options={wordLookupOptions()}
        onChange={(patch) => void change(patch)}
      />
      <SettingSelect
        id="switch-reader-language"
        setting="readerLanguage"
        label={t('settingReaderLanguage')}
        value={settings.readerLanguage}
        options={readerLanguageOptions()}
        onChange={(patch) => void change(patch)}
      />
    </section>
  );
}

// Setting controls shared by the popup and the options page: a labelled select or checkbox bound
// to one setting, so both pages offer the same choices with the same words.
import { languageName, t } from '../shared/i18n';
import { READER_LANGUAGES, type Settings } from '../shared/settings';

type Change = (patch: Partial<Settings>) => void;

interface SelectProps<K extends keyof Settings> {
  id: string;
  setting: K;
  label: string;
  value: Settings[K];
  options: readonly (readonly [value: string, label: string])[];
  onChange: Change;
}

export function SettingSelect<K extends keyof Settings>({
  id,
  setting,
  label,
  value,
  options,
  onChange,
}: SelectProps<K>) {
  return (
    <p>
      <label for={id}>{label}</label>{' '}
      <select
        id={id}
        value={String(value)}
        onChange={(event) => onChange({ [setting]: event.currentTarget.value } as Partial<Settings>)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

export function SettingCheckbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id?: string;
  label: string;
  /** What the reader should know before turning it on, said under the label. */
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const hintId = id && hint ? `${id}-hint` : undefined;
  return (
    <p>
      <label>
        <input
          type="checkbox"
          id={id}
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      {hint ? (
        <span class="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </p>
  );
}

export const wordLookupOptions = () =>
  [
    ['off', t('wordLookupOff')],
    ['modifier', t('wordLookupModifier')],
    ['on', t('wordLookupOn')],
  ] as const;

export const readerLanguageOptions = () =>
  READER_LANGUAGES.map(
    (code) => [code, code === 'auto' ? t('readerLanguageAuto') : languageName(code)] as const,
  );

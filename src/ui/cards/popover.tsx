// The glossary card: the term as written, its name in the reader's and the page's language, its
// kind, the gloss in the reader's language (the page's one click away), Wikipedia in both
// languages, and "save to vocabulary". Every text is rendered as text (Preact escapes it), never
// parsed as HTML.
import { useEffect, useState } from 'preact/hooks';
import type { CardEntry } from '../../contract/background-api';
import type { Profile, ProfiledAnnotation } from '../../core/names/profiles';
import { languageName, t } from '../../shared/i18n';
import type { SaveOutcome } from '../vocabulary-save';
import { trusted } from './trusted';

export interface PopoverProps {
  term: string;
  entry: CardEntry | null;
  /** What the article says of a name no pack knows. */
  profile: Profile | null;
  /** A place that acts in its sentence ("Washington said"): it stands for its government there. */
  actsAs?: ProfiledAnnotation['actsAs'] | null;
  /** Where this mention stands among the mentions of the same name (1-based), and how many. */
  mention: { at: number; of: number } | null;
  onMention(direction: 'previous' | 'next'): void;
  pageLang: string;
  readerLang: string;
  /** Show the page-language gloss too, without a click (a setting). */
  bothGlosses: boolean;
  onSave(): Promise<SaveOutcome>;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const KIND_KEYS: Record<string, string> = {
  organisation: 'kindOrganisation',
  person: 'kindPerson',
  place: 'kindPlace',
  country: 'kindCountry',
  event: 'kindEvent',
  concept: 'kindConcept',
  acronym: 'kindAcronym',
};

/**
 * encodeURIComponent, but a lone surrogate (which it throws on, and which a pack's or a page's
 * text may hold) is encoded as U+FFFD: the card opens whatever the title says.
 */
const encode = (s: string) =>
  encodeURIComponent(
    s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

export function wikipediaUrl(lang: string, title: string): string {
  return `https://${encode(lang)}.wikipedia.org/wiki/${encode(title.replace(/ /g, '_'))}`;
}

export function wikipediaSearchUrl(lang: string, query: string): string {
  return `https://${encode(lang)}.wikipedia.org/w/index.php?search=${encode(query)}`;
}

export function Popover(props: PopoverProps) {
  const { term, entry, profile, pageLang, readerLang, mention } = props;
  const [showPageGloss, setShowPageGloss] = useState(props.bothGlosses);
  const [saved, setSaved] = useState<'no' | 'saving' | 'yes' | 'failed' | 'full'>('no');
  useEffect(() => {
    setShowPageGloss(props.bothGlosses);
    setSaved('no');
  }, [term, entry?.id, props.bothGlosses]);
  const save = async () => {
    setSaved('saving');
    const outcome = await props.onSave();
    setSaved(outcome === 'saved' ? 'yes' : outcome);
  };
  const readerName = entry?.labels[readerLang]?.name;
  const pageName = entry?.labels[pageLang]?.name;
  const sameLanguage = readerLang === pageLang;
  const title = entry ? (readerName ?? pageName ?? term) : term;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="lentera-title"
      lang={readerLang}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="head">
        <span class="term" lang={pageLang}>
          {term}
        </span>
        {entry && <span class="kind">{t(KIND_KEYS[entry.kind] ?? 'kindConcept')}</span>}
        {!entry && profile?.kind && <span class="kind">{t(KIND_KEYS[profile.kind] ?? 'kindConcept')}</span>}
      </div>
      {entry ? (
        <>
          <h2 id="lentera-title" class="name" data-lang={readerLang}>
            {title}
          </h2>
          {props.actsAs === 'government' && (
            <p class="acts-as" data-acts-as="government">
              {t('actsAsGovernment')}
            </p>
          )}
          {!sameLanguage && pageName && pageName !== readerName && (
            <p class="other-name" lang={pageLang} data-lang={pageLang}>
              <span class="label">{languageName(pageLang, readerLang)}:</span> {pageName}
            </p>
          )}
          <p class="gloss" data-gloss={readerLang}>
            {entry.gloss[readerLang] ?? entry.gloss[pageLang]}
          </p>
          {!sameLanguage &&
            entry.gloss[pageLang] &&
            (showPageGloss ? (
              <p class="gloss page-gloss" lang={pageLang} data-gloss={pageLang}>
                {entry.gloss[pageLang]}
              </p>
            ) : (
              <button type="button" class="link" onClick={trusted(() => setShowPageGloss(true))}>
                {t('showGlossIn', languageName(pageLang, readerLang))}
              </button>
            ))}
          {entry.asOf && <p class="as-of">{t('asOf', entry.asOf)}</p>}
          <p class="links">
            {[readerLang, pageLang]
              .filter((lang, i, all) => all.indexOf(lang) === i && entry.wikipedia[lang])
              .map((lang) => (
                <a
                  key={lang}
                  href={wikipediaUrl(lang, entry.wikipedia[lang] as string)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t('wikipediaIn', languageName(lang, readerLang))}
                </a>
              ))}
          </p>
        </>
      ) : profile ? (
        <>
          <h2 id="lentera-title" class="name" lang={pageLang}>
            {profile.name}
          </h2>
          <section class="profile" aria-label={t('inThisArticle')} data-profile={profile.id}>
            <p class="from-article">{t('inThisArticle')}:</p>
            {profile.roleInReader && (
              <p class="gloss role" data-role={readerLang}>
                {profile.roleInReader}
              </p>
            )}
            {profile.role && (
              <p class="gloss role page-gloss" lang={pageLang} data-role={pageLang}>
                {profile.role}
              </p>
            )}
            {!profile.role && !profile.kind && <p class="gloss">{t('unknownTerm')}</p>}
            {profile.listedWith && (
              <p class="gloss listed-with" lang={pageLang} data-listed-with={profile.listedWith}>
                {t('listedWithCue', profile.listedWith)}
              </p>
            )}
            {profile.givenName && (
              <p class="gloss given-name" data-given-name={profile.givenName}>
                {t('givenNameCue', profile.givenName)}
              </p>
            )}
            {profile.forms.length > 0 && (
              <p class="other-name" lang={pageLang} data-forms="">
                {t('alsoWritten', profile.forms.join(', '))}
              </p>
            )}
            <blockquote class="first-mention" lang={pageLang}>
              {profile.sentence}
            </blockquote>
          </section>
          <p class="links">
            <a href={wikipediaSearchUrl(pageLang, profile.name)} target="_blank" rel="noopener noreferrer">
              {t('searchWikipedia')}
            </a>
          </p>
        </>
      ) : (
        <>
          <h2 id="lentera-title" class="name">
            {term}
          </h2>
          <p class="gloss">{t('unknownTerm')}</p>
          <p class="links">
            <a href={wikipediaSearchUrl(pageLang, term)} target="_blank" rel="noopener noreferrer">
              {t('searchWikipedia')}
            </a>
          </p>
        </>
      )}
      {mention && mention.of > 1 && (
        <nav class="mentions" aria-label={t('mentionCount', String(mention.of))}>
          <span class="hint" data-mention={`${mention.at}/${mention.of}`}>
            {t('mentionCount', String(mention.of))} ({mention.at}/{mention.of})
          </span>{' '}
          <button
            type="button"
            class="link"
            data-go="previous"
            onClick={trusted(() => props.onMention('previous'))}
          >
            {t('previousMention')}
          </button>{' '}
          <button type="button" class="link" data-go="next" onClick={trusted(() => props.onMention('next'))}>
            {t('nextMention')}
          </button>
        </nav>
      )}
      <div class="actions">
        <button
          type="button"
          class="save"
          onClick={trusted(() => void save())}
          disabled={saved === 'saving' || saved === 'yes'}
        >
          {saved === 'yes'
            ? t('savedToVocabulary')
            : saved === 'failed'
              ? t('saveFailed')
              : saved === 'full'
                ? t('saveStorageFull')
                : t('saveToVocabulary')}
        </button>
        <span class="hint">{t('escToClose')}</span>
      </div>
    </div>
  );
}

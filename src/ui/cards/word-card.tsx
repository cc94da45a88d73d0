// The compact card of a looked-up word: the word (or the expression it is part of), its glosses in
// the reader's language, a short definition, the root and the affixes (meN-…-kan + gambar) when
// the analysis is certain ("root uncertain" otherwise: never a wrong root), which form matched (a
// colloquial form's standard word; a borrowed word's language), and "save" / "I know this". Every
// text is rendered as text.
import { useState } from 'preact/hooks';
import type { WordLookupReply } from '../../contract/background-api';
import { t } from '../../shared/i18n';
import type { SaveOutcome } from '../vocabulary-save';
import { trusted } from './trusted';

export interface WordCardProps {
  word: string;
  reply: WordLookupReply;
  pageLang: string;
  onSave(status: 'learning' | 'known'): Promise<SaveOutcome>;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const MATCH_KEYS: Record<string, string> = {
  multiword: 'matchMultiword',
  surface: 'matchSurface',
  clitic: 'matchClitic',
  stem: 'matchStem',
  root: 'matchRoot',
  lemma: 'matchLemma',
  variant: 'matchVariant',
};

/** A language's name in the reader's language (English, Inggris), or its code where the browser has no name. */
function languageName(code: string, readerLang: string): string {
  try {
    return new Intl.DisplayNames([readerLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** At most this many glosses: the card is compact. */
const GLOSSES = 4;

export function WordCard(props: WordCardProps) {
  const { reply, pageLang } = props;
  const result = reply.result;
  const [saved, setSaved] = useState<'no' | 'saving' | 'learning' | 'known' | 'failed' | 'full'>('no');
  const save = async (status: 'learning' | 'known') => {
    setSaved('saving');
    const outcome = await props.onSave(status);
    setSaved(outcome === 'saved' ? status : outcome);
  };
  return (
    <div
      class="card word-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="lentera-title"
      lang={reply.readerLang}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="head">
        <h2 id="lentera-title" class="name word" lang={pageLang}>
          {result?.text ?? props.word}
        </h2>
        {result && (
          <span class="kind" data-match={result.match.kind}>
            {result.foreign
              ? t('matchForeign', languageName(result.foreign, reply.readerLang))
              : t(MATCH_KEYS[result.match.kind] ?? 'matchSurface')}
          </span>
        )}
      </div>
      {result ? (
        <>
          {(result.match.kind === 'clitic' ||
            result.match.kind === 'stem' ||
            result.match.kind === 'lemma') && (
            <p class="matched" lang={pageLang}>
              <span class="label">{t('matchedForm')}</span> {result.match.form}
            </p>
          )}
          {result.match.kind === 'variant' && (
            <p class="matched" lang={pageLang}>
              <span class="label">{t('standardForm')}</span> {result.match.form}
            </p>
          )}
          <p class="gloss" data-gloss={reply.readerLang}>
            {result.glosses.slice(0, GLOSSES).join('; ')}
          </p>
          {result.definition && (
            <p class="definition">
              <i class="pos">{result.definition.pos}</i> {result.definition.text}
            </p>
          )}
          {result.root && !result.rootCertain && (
            <p class="root root-unknown" lang={reply.readerLang}>
              {t('rootUnknown')}
            </p>
          )}
          {result.root && result.rootCertain && (
            <p class="root" lang={pageLang}>
              <span class="label">{t('rootLabel')}</span> <b class="root-word">{result.root}</b>
              {result.affixes && <span class="affixes"> · {result.affixes}</span>}
              {result.match.form !== result.root && result.rootGlosses.length > 0 && (
                <span class="root-gloss" lang={reply.readerLang}>
                  {' '}
                  — {result.rootGlosses.slice(0, 2).join('; ')}
                </span>
              )}
            </p>
          )}
          <div class="actions">
            <span class="buttons">
              <button
                type="button"
                class="save"
                onClick={trusted(() => void save('learning'))}
                disabled={saved === 'saving' || saved === 'learning'}
              >
                {saved === 'learning' ? t('savedToVocabulary') : t('saveToVocabulary')}
              </button>
              <button
                type="button"
                class="save known"
                onClick={trusted(() => void save('known'))}
                disabled={saved === 'saving' || saved === 'known'}
              >
                {saved === 'known' ? t('markedKnown') : t('markKnown')}
              </button>
            </span>
            {saved === 'failed' && <span class="hint">{t('saveFailed')}</span>}
            {saved === 'full' && <span class="hint">{t('saveStorageFull')}</span>}
          </div>
        </>
      ) : (
        <p class="gloss">{reply.available ? t('wordNotFound') : t('noLexicon')}</p>
      )}
    </div>
  );
}

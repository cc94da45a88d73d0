// Chrome's on-device AI (the Summarizer and Translator APIs, Chrome 138+), where the browser offers
// it: an abstractive summary, and the extractive summary translated into the reader's language.
// Feature-detected, never required, clearly labelled; the text never leaves the device. Elsewhere
// (Firefox, older Chrome, machines without the model) this renders nothing.
import { useEffect, useState } from 'preact/hooks';
import { languageName, t } from '../shared/i18n';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface SummarizerApi {
  availability(options?: object): Promise<Availability>;
  create(
    options?: object,
  ): Promise<{ summarize(text: string, options?: object): Promise<string>; destroy?(): void }>;
}
interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
  }): Promise<{ translate(text: string): Promise<string>; destroy?(): void }>;
}

const api = globalThis as unknown as { Summarizer?: SummarizerApi; Translator?: TranslatorApi };

/** What the model reads at most: the start of the article. */
const MAX_INPUT = 6000;

interface Props {
  pageLang: string;
  readerLang: string;
  article: string;
  extractive: string;
}

type Output =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; message: string };

export function OnDeviceAi({ pageLang, readerLang, article, extractive }: Props) {
  const [canSummarize, setCanSummarize] = useState(false);
  const [canTranslate, setCanTranslate] = useState(false);
  const [summary, setSummary] = useState<Output>({ kind: 'idle' });
  const [translation, setTranslation] = useState<Output>({ kind: 'idle' });

  useEffect(() => {
    const summarizer = api.Summarizer;
    if (summarizer) {
      summarizer
        .availability({ expectedInputLanguages: [pageLang], outputLanguage: readerLang })
        .then((a) => setCanSummarize(a !== 'unavailable'))
        .catch(() => setCanSummarize(false));
    }
    const translator = api.Translator;
    if (translator && pageLang !== readerLang) {
      translator
        .availability({ sourceLanguage: pageLang, targetLanguage: readerLang })
        .then((a) => setCanTranslate(a !== 'unavailable'))
        .catch(() => setCanTranslate(false));
    }
  }, [pageLang, readerLang]);

  if (!canSummarize && !canTranslate) return null;

  const run = async (set: (o: Output) => void, work: () => Promise<string>) => {
    set({ kind: 'busy' });
    try {
      set({ kind: 'done', text: await work() });
    } catch (error) {
      set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const summarize = () =>
    run(setSummary, async () => {
      const model = await (api.Summarizer as SummarizerApi).create({
        type: 'key-points',
        format: 'plain-text',
        length: 'short',
        expectedInputLanguages: [pageLang],
        outputLanguage: readerLang,
      });
      try {
        return await model.summarize(article.slice(0, MAX_INPUT));
      } finally {
        model.destroy?.();
      }
    });
  const translate = () =>
    run(setTranslation, async () => {
      const model = await (api.Translator as TranslatorApi).create({
        sourceLanguage: pageLang,
        targetLanguage: readerLang,
      });
      try {
        return await model.translate(extractive);
      } finally {
        model.destroy?.();
      }
    });

  return (
    <div class="ai" id="on-device-ai">
      <p class="meta">{t('aiLabel')}</p>
      {canSummarize && (
        <Generated
          label={t('aiSummarize')}
          output={summary}
          onRun={() => void summarize()}
          lang={readerLang}
        />
      )}
      {canTranslate && (
        <Generated
          label={t('aiTranslate', languageName(readerLang))}
          output={translation}
          onRun={() => void translate()}
          lang={readerLang}
        />
      )}
    </div>
  );
}

function Generated({
  label,
  output,
  onRun,
  lang,
}: {
  label: string;
  output: Output;
  onRun(): void;
  lang: string;
}) {
  return (
    <div class="generated">
      <button type="button" onClick={onRun} disabled={output.kind === 'busy'}>
        {label}
      </button>
      <div aria-live="polite">
        {output.kind === 'busy' && <p class="meta">…</p>}
        {output.kind === 'done' && (
          <p class="ai-text" lang={lang}>
            {output.text}
          </p>
        )}
        {output.kind === 'failed' && <p class="meta">{t('aiFailed', output.message.slice(0, 200))}</p>}
      </div>
    </div>
  );
}

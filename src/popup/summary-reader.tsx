// The summary, readable through Lentera itself: every word of it can be looked up and every name
// in it opens its card, as on the page — resting the pointer, a tap or click, or the keyboard (the
// summary is one tab stop; arrow keys go word by word, Enter or Space opens the card, Escape
// closes it).
// Names also show their name in the reader's language beside the original. The cards are the
// page's own components, drawn in a shadow root with the page card's styles.
import { type ComponentChild, render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleReport, WordLookupReply } from '../contract/background-api';
import { callBackground } from '../contract/callers';
import type { AnnotationRecord } from '../contract/storage';
import { hasContent, type ProfiledAnnotation } from '../core/names/profiles';
import { type Segment, sentenceSegments } from '../core/summary/segments';
import type { SummarySentence } from '../core/summary/summarize';
import { wordAround } from '../core/word-around';
import { t } from '../shared/i18n';
import { loadSettings } from '../shared/settings';
import { createBackgroundSaveQueue } from '../ui/background-saves';
import { Popover } from '../ui/cards/popover';
import { POPOVER_CSS } from '../ui/cards/popover-css';
import { WordCard } from '../ui/cards/word-card';
import {
  type SaveWhat,
  saveOutcome,
  termFacts,
  termSave,
  vocabularySave,
  wordSave,
} from '../ui/vocabulary-save';

/** How long the pointer rests on a word before its card opens (as on the page). */
const REST_MS = 300;

/** The popup's saves, one after another, each sent again until the background answers. */
const saves = createBackgroundSaveQueue();

type Token = Exclude<Segment<ProfiledAnnotation>, { kind: 'text' }> & { block: number; context: string };

interface Props {
  report: ArticleReport;
  sentences: SummarySentence[];
  cached: boolean;
  readerLang: string;
  annotations: AnnotationRecord | null;
}

type Open = { token: number; kind: 'word'; reply: WordLookupReply | null } | { token: number; kind: 'name' };

export function SummaryReader({ report, sentences, cached, readerLang, annotations }: Props) {
  const lang = report.lang;
  // Names worth a card: a pack entry, or a profile that says something (as drawn on the page).
  const names = useMemo(() => {
    if (!annotations) return [];
    return annotations.annotations.filter((a) => {
      if (a.entryId) return a.entryId in annotations.entries;
      const p = a.profile ? annotations.profiles?.[a.profile] : undefined;
      return p !== undefined && hasContent(p);
    });
  }, [annotations]);
  const lines = useMemo(() => {
    const tokens: Token[] = [];
    const rows = sentences.map((s) => {
      const blockText = report.blocks[s.block]?.text ?? '';
      const context = blockText.slice(s.start, s.end) === s.text ? blockText : s.text;
      return sentenceSegments(s, blockText, names, lang).map((seg) => {
        if (seg.kind === 'text') return { seg, index: -1 };
        tokens.push({ ...seg, block: s.block, context });
        return { seg, index: tokens.length - 1 };
      });
    });
    return { rows, tokens };
  }, [sentences, names, report.blocks, lang]);
  const { tokens } = lines;
  // The reader's-language name beside a name's first mention in the summary only.
  const firstMentions = useMemo(() => {
    const seen = new Set<string>();
    const out = new Set<number>();
    tokens.forEach((token, i) => {
      if (token.kind !== 'name') return;
      const key = token.annotation.entryId ?? token.annotation.profile ?? token.text;
      if (!seen.has(key)) out.add(i);
      seen.add(key);
    });
    return out;
  }, [tokens]);
  const [focus, setFocus] = useState(0);
  const [open, setOpen] = useState<Open | null>(null);
  const [bothGlosses, setBothGlosses] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const rest = useRef<ReturnType<typeof setTimeout> | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    void loadSettings().then((s) => setBothGlosses(s.bothGlosses));
  }, []);
  useEffect(() => () => clearRest(), []);

  const clearRest = () => {
    if (rest.current !== null) clearTimeout(rest.current);
    rest.current = null;
  };
  const tokenAt = (i: number) => list.current?.querySelector<HTMLElement>(`[data-token="${i}"]`) ?? null;

  const show = (i: number) => {
    const token = tokens[i];
    if (!token) return;
    clearRest();
    setFocus(i);
    if (token.kind === 'name') {
      setOpen({ token: i, kind: 'name' });
      return;
    }
    setOpen({ token: i, kind: 'word', reply: null });
    const ask = ++asked.current;
    const around = wordAround(token.context, token.start, lang);
    void callBackground('lookupWord', {
      word: (around?.word ?? token.text).slice(0, 100),
      before: around?.before.map((w) => w.slice(0, 100)) ?? [],
      after: around?.after.map((w) => w.slice(0, 100)) ?? [],
      pageLang: lang,
      readerLang,
    }).then((reply) => {
      // The reader may have moved on while the background answered.
      if (ask !== asked.current) return;
      setOpen(
        reply.ok
          ? { token: i, kind: 'word', reply: reply.value }
          : {
              token: i,
              kind: 'word',
              reply: { readerLang, available: false, result: null, loadMs: 0, ms: 0 },
            },
      );
    });
  };
  const close = (refocus: boolean) => {
    clearRest();
    asked.current++;
    const at = open?.token;
    setOpen(null);
    if (refocus && at !== undefined) tokenAt(at)?.focus();
  };

  // Escape closes the card from anywhere in the popup (the card's own buttons too).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const i = Number(target.dataset.token);
    if (Number.isNaN(i)) return;
    const move = (to: number) => {
      const next = Math.max(0, Math.min(tokens.length - 1, to));
      setFocus(next);
      tokenAt(next)?.focus();
      event.preventDefault();
    };
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(i + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(i - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(tokens.length - 1);
  };

  const save = async (what: SaveWhat, blockText: string) => {
    const reply = await saves.save(
      vocabularySave(what, { blockText, pageLang: lang, pageTitle: report.title, url: report.url }),
    );
    return saveOutcome(reply);
  };

  const token = open ? tokens[open.token] : undefined;
  let card: ComponentChild = null;
  if (open && token && open.kind === 'name' && token.kind === 'name' && annotations) {
    const a = token.annotation;
    const facts = termFacts(a, annotations);
    card = (
      <Popover
        term={a.text}
        entry={facts.entry}
        profile={facts.profile}
        actsAs={a.actsAs ?? null}
        mention={null}
        onMention={() => {}}
        pageLang={lang}
        readerLang={annotations.readerLang}
        bothGlosses={bothGlosses}
        onSave={() => save(termSave(a, facts, annotations.readerLang), token.context)}
        onPointerEnter={clearRest}
        onPointerLeave={() => {}}
      />
    );
  } else if (open?.kind === 'word' && token) {
    const reply = open.reply;
    card = reply ? (
      <WordCard
        key={open.token}
        word={token.text}
        reply={reply}
        pageLang={lang}
        onPointerEnter={clearRest}
        onPointerLeave={() => {}}
        onSave={(status) =>
          save(
            wordSave(reply, status, {
              word: token.text,
              block: token.block,
              start: token.start,
              end: token.end,
            }),
            token.context,
          )
        }
      />
    ) : null;
  }

  return (
    <>
      <p class="meta hint" id="summary-hint">
        {t('summaryReadHint')}
      </p>
      <ul
        class="summary"
        id="summary"
        lang={lang}
        data-cached={cached ? '1' : '0'}
        ref={list}
        onKeyDown={onKeyDown}
        aria-describedby="summary-hint"
      >
        {lines.rows.map((row, r) => (
          <li key={`${sentences[r]?.block}:${sentences[r]?.start}`}>
            {row.map(({ seg, index }) =>
              seg.kind === 'text' ? (
                seg.text
              ) : (
                <TokenView
                  key={index}
                  seg={seg}
                  index={index}
                  focused={index === focus}
                  opened={open?.token === index}
                  readerName={
                    seg.kind === 'name' &&
                    annotations &&
                    annotations.readerLang !== lang &&
                    firstMentions.has(index)
                      ? besideName(seg.annotation, seg.text, annotations)
                      : null
                  }
                  readerLang={annotations?.readerLang ?? readerLang}
                  onRest={(by) => {
                    clearRest();
                    if (by === 'leave') return;
                    if (by === 'press') show(index);
                    else rest.current = setTimeout(() => show(index), REST_MS);
                  }}
                />
              ),
            )}
          </li>
        ))}
      </ul>
      <ShadowCard card={card} />
    </>
  );
}

/** The reader's-language name of a marked name, where it says something the original does not. */
function besideName(a: ProfiledAnnotation, text: string, annotations: AnnotationRecord): string | null {
  const entry = a.entryId ? annotations.entries[a.entryId] : undefined;
  const name = entry?.labels[annotations.readerLang]?.name;
  if (!name || name.toLowerCase() === text.toLowerCase()) return null;
  return name;
}

function TokenView({
  seg,
  index,
  focused,
  opened,
  readerName,
  readerLang,
  onRest,
}: {
  seg: Exclude<Segment<ProfiledAnnotation>, { kind: 'text' }>;
  index: number;
  focused: boolean;
  opened: boolean;
  readerName: string | null;
  readerLang: string;
  onRest(by: 'pointer' | 'press' | 'leave'): void;
}) {
  const common = {
    'data-token': String(index),
    tabIndex: focused ? 0 : -1,
    'aria-expanded': opened,
    'aria-controls': 'summary-card',
    onPointerEnter: (e: PointerEvent) => e.pointerType === 'mouse' && onRest('pointer'),
    onPointerLeave: () => onRest('leave'),
    onClick: () => onRest('press'),
  };
  if (seg.kind === 'word')
    return (
      <button type="button" class="w" {...common}>
        {seg.text}
      </button>
    );
  return (
    <>
      <button type="button" class="n" data-entry={seg.annotation.entryId ?? undefined} {...common}>
        {seg.text}
      </button>
      {readerName && (
        <span class="reader-name" lang={readerLang}>
          {' '}
          ({readerName})
        </span>
      )}
    </>
  );
}

/** The card, in a shadow root of its own with the page card's styles (popup styles stay out). */
function ShadowCard({ card }: { card: ComponentChild }) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<ShadowRoot | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    if (!root.current) {
      root.current = el.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = `${POPOVER_CSS}\n.card { inline-size: auto; max-inline-size: none; box-shadow: none; font-size: 14px; }`;
      root.current.append(style);
      const mount = document.createElement('div');
      root.current.append(mount);
    }
    render(card, root.current.lastChild as HTMLElement);
  }, [card]);
  useEffect(
    () => () => {
      if (root.current) render(null, root.current.lastChild as HTMLElement);
    },
    [],
  );
  return <div id="summary-card" class="summary-card" ref={host} hidden={card === null} />;
}

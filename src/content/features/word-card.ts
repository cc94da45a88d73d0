// The card of a looked-up word: its root and affixes, its glosses, and "Save" / "I know this".
import { h } from 'preact';
import { callBackground } from '../../contract/callers';
import { t } from '../../shared/i18n';
import { WordCard } from '../../ui/cards/word-card';
import { wordSave } from '../../ui/vocabulary-save';
import type { OpenedBy } from '../interaction';
import type { PageContext } from '../page-context';
import { saveToVocabulary } from './save';
import type { WordTarget } from './word-lookup';

export async function openWordCard(
  ctx: PageContext,
  target: WordTarget,
  by: OpenedBy,
  signal: AbortSignal,
): Promise<void> {
  const { annotations, interaction, popover } = ctx;
  const reply = await callBackground('lookupWord', {
    word: target.around.word,
    before: target.around.before,
    after: target.around.after,
    pageLang: annotations.pageLang,
    readerLang: annotations.readerLang,
  });
  // The pointer may have moved on while the background answered.
  if (signal.aborted || interaction.currentWord() !== target) return;
  // Resting on every word (the "on" setting), a word Lentera does not know opens nothing.
  if (!reply.ok || (!reply.value.result && by === 'pointer' && ctx.settings().wordLookup === 'on')) {
    popover.hide();
    return;
  }
  const lookup = reply.value;
  const result = lookup.result;
  popover.show(
    target.range,
    h(WordCard, {
      word: target.around.word,
      reply: lookup,
      pageLang: annotations.pageLang,
      onPointerEnter: () => interaction.onPopoverEnter(),
      onPointerLeave: () => interaction.onPopoverLeave(),
      onSave: (status) =>
        saveToVocabulary(ctx, wordSave(lookup, status, { ...target.around, block: target.block })),
    }),
    result
      ? `${result.text}: ${result.glosses.slice(0, 2).join('; ')}${result.root ? `. ${t('rootLabel')} ${result.root}` : ''}`
      : `${target.around.word}: ${t('wordNotFound')}`,
  );
}

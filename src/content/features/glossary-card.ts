// The card of a glossary term (or of a name no pack knows): its names and glosses in the reader's
// and the page's language, and "Save to vocabulary".
import { h } from 'preact';
import type { ProfiledAnnotation } from '../../core/names/profiles';
import { measure } from '../../dom/diagnostics';
import type { TermRange } from '../../dom/ranges';
import { t } from '../../shared/i18n';
import { Popover } from '../../ui/cards/popover';
import { termFacts, termSave } from '../../ui/vocabulary-save';
import type { PageContext } from '../page-context';
import { saveToVocabulary } from './save';

export function openTermCard(ctx: PageContext, term: TermRange): void {
  const opening = performance.now();
  const { annotations, interaction } = ctx;
  const a = term.annotation;
  const reader = annotations.readerLang;
  const facts = termFacts(a, annotations);
  const { entry, profile, name, gloss } = facts;
  // The mentions of the same name (its entry, or its profile), for "previous / next mention".
  const same = sameName(a);
  const mentions = same ? ctx.interaction.ranges().filter((r) => sameName(r.annotation) === same) : [];
  const at = mentions.indexOf(term);
  ctx.popover.show(
    term.range,
    h(Popover, {
      term: a.text,
      entry,
      profile,
      actsAs: a.actsAs ?? null,
      mention: at >= 0 ? { at: at + 1, of: mentions.length } : null,
      onMention(direction) {
        const next = mentions[(at + (direction === 'next' ? 1 : mentions.length - 1)) % mentions.length];
        if (next) ctx.interaction.show(next);
      },
      pageLang: annotations.pageLang,
      readerLang: reader,
      bothGlosses: ctx.settings().bothGlosses,
      onPointerEnter: () => interaction.onPopoverEnter(),
      onPointerLeave: () => interaction.onPopoverLeave(),
      onSave: () => saveToVocabulary(ctx, termSave(a, facts, reader)),
    }),
    entry
      ? `${a.text}: ${name}. ${a.actsAs ? `${t('actsAsGovernment')} ` : ''}${gloss ?? ''}`
      : profile
        ? `${a.text}: ${t('inThisArticle')}: ${profile.roleInReader ?? profile.role ?? profile.sentence}`
        : `${a.text}: ${t('unknownTerm')}`,
  );
  // Visible once the next frame has been painted.
  const win = ctx.doc.defaultView as Window;
  win.requestAnimationFrame(() => setTimeout(() => measure('lentera:popover', opening), 0));
}

/** What makes two mentions the same name: a pack entry, or an in-article profile. */
const sameName = (a: ProfiledAnnotation): string | null => a.entryId ?? a.profile ?? null;

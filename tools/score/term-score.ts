// Precision and recall of glossary annotation against hand-made gold files
// (tests/fixtures/pages/<slug>/expected-terms.json: the names in the article body, as written,
// in order, each with the entity it names by one of its labels).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../../src/core/glossary/annotate';
import { type LanguageDataFile, languageSets } from '../../src/core/glossary/language-data';
import { normalizeLabel } from '../../src/core/glossary/normalize';
import { type GlossaryPack, validatePack } from '../../src/core/glossary/pack-schema';
import { buildTermIndex } from '../../src/core/glossary/term-index';

export interface TermGold {
  terms: { text: string; entity: string }[];
}

export interface TermRow {
  slug: string;
  lang: string;
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  missed: string[];
  wrong: string[];
  unknown: string[];
}

export function loadPack(root: string): GlossaryPack {
  const result = validatePack(
    JSON.parse(readFileSync(join(root, 'assets', 'glossaries', 'id-en-news.json'), 'utf8')),
  );
  if (!result.ok)
    throw new Error(`invalid pack: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.pack;
}

/** The entry ids that have `label` (any language, name, alias or acronym). */
function resolver(pack: GlossaryPack): (label: string) => string[] {
  const byLabel = new Map<string, Set<string>>();
  for (const e of pack.entries) {
    for (const labels of Object.values(e.labels)) {
      for (const l of [labels.name, ...labels.aliases, ...labels.acronyms]) {
        const key = normalizeLabel(l);
        if (!byLabel.has(key)) byLabel.set(key, new Set());
        byLabel.get(key)?.add(e.id);
      }
    }
  }
  return (label) => [...(byLabel.get(normalizeLabel(label)) ?? [])];
}

export function scoreTerms(root: string, pack: GlossaryPack = loadPack(root)): TermRow[] {
  const pages = join(root, 'tests', 'fixtures', 'pages');
  const languageFile = (lang: string) =>
    JSON.parse(readFileSync(join(root, 'assets', 'languages', `${lang}.json`), 'utf8')) as LanguageDataFile;
  const resolve = resolver(pack);
  const rows: TermRow[] = [];
  for (const slug of readdirSync(pages).sort()) {
    const goldFile = join(pages, slug, 'expected-terms.json');
    if (!existsSync(goldFile)) continue;
    const article = JSON.parse(readFileSync(join(pages, slug, 'expected.json'), 'utf8')) as {
      lang: string;
      blocks: { text: string }[];
    };
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as TermGold;
    const sets = languageSets([languageFile('id'), languageFile('en')], article.lang);
    const index = buildTermIndex(pack, sets.clitics);
    const found: { text: string; id: string }[] = [];
    const unknown: string[] = [];
    for (const block of article.blocks) {
      annotateText(index, sets, block.text, true, (s, e, id) => {
        if (id) found.push({ text: block.text.slice(s, e), id });
        else unknown.push(block.text.slice(s, e));
      });
    }
    // Multisets of (text, entity): a found term is correct when the gold has it, the same text
    // naming the same entity, and not already counted.
    const wanted = new Map<string, number>();
    const key = (text: string, id: string) => `${normalizeLabel(text)}→${id}`;
    const missedGold: string[] = [];
    for (const g of gold.terms) {
      const ids = resolve(g.entity);
      if (ids.length !== 1) {
        missedGold.push(
          `${g.text} (entity "${g.entity}" ${ids.length ? `is ambiguous: ${ids.join(', ')}` : 'is not in the pack'})`,
        );
        continue;
      }
      const k = key(g.text, ids[0] as string);
      wanted.set(k, (wanted.get(k) ?? 0) + 1);
    }
    let correct = 0;
    const wrong: string[] = [];
    for (const f of found) {
      const k = key(f.text, f.id);
      const left = wanted.get(k) ?? 0;
      if (left > 0) {
        correct++;
        wanted.set(k, left - 1);
      } else wrong.push(`${f.text}→${f.id}`);
    }
    const missed = [
      ...missedGold,
      ...[...wanted].filter(([, n]) => n > 0).map(([k, n]) => `${k}${n > 1 ? ` ×${n}` : ''}`),
    ];
    rows.push({
      slug,
      lang: article.lang,
      gold: gold.terms.length,
      found: found.length,
      correct,
      precision: found.length ? correct / found.length : 1,
      recall: gold.terms.length ? correct / gold.terms.length : 1,
      missed,
      wrong,
      unknown,
    });
  }
  return rows;
}

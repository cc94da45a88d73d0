// In-article profiles: what the article itself says about a name no glossary pack knows — the
// role or title next to it ("Menteri Keuangan Purbaya", "Hikmat Ginanjar, Kepala Dinas …"), its
// kind from its own words (Kabupaten …, Partai …, … University), the sentence where it first
// appears, how often it is mentioned, and the other forms it takes in this article (a surname
// after the full name, an acronym defined in parentheses, a nickname the article gives). A
// profile never invents a fact: everything in it is read off the text. A pack entry always wins:
// a surname or an acronym of a pack entry's name gets the pack's card, not a profile.
import type { Annotation } from '../glossary/annotate';
import { isAcronym, NAME_LIMITS, startsSentence } from '../glossary/unknown-terms';
import { nameCues as en } from '../languages/en/name-cues';
import { nameCues as id } from '../languages/id/name-cues';
import type { NameCues } from '../languages/name-cues';
import { sentenceAround } from '../sentence-around';

const CUES: Readonly<Record<string, NameCues>> = { id, en };

export type ProfileKind = 'person' | 'organisation' | 'place';

export interface Profile {
  id: string;
  /** The fullest form the article gives. */
  name: string;
  kind: ProfileKind | null;
  /** The role or title the article gives, as written ("Menteri Keuangan"). */
  role: string | null;
  /** The role in the reader's language where the lexicon can render it. */
  roleInReader: string | null;
  /**
   * The given name that alone says the name is a person's ("Robert" in "Robert Thomas"), when
   * nothing in the article says more; the card says so.
   */
  givenName: string | null;
  /**
   * A name listed with this one whose kind is known ("Lilik dan Yoyo", "Muse, Oasis dan U2"),
   * when the list alone gives the kind; the card says so.
   */
  listedWith: string | null;
  /** Other forms of the same name in this article (surname, acronym, nickname). */
  forms: string[];
  mentions: number;
  first: { block: number; start: number; end: number };
  /** The sentence of the first mention. */
  sentence: string;
}

/**
 * Whether a profile tells the reader something beyond the sentence: a role, a kind, or another
 * form of the name. Such names are drawn like terms, and count as explained in the scores.
 */
export function hasContent(p: Pick<Profile, 'role' | 'kind' | 'forms'>): boolean {
  return p.role !== null || p.kind !== null || p.forms.length > 0;
}

/**
 * An annotation, with the profile of the name when no pack knows it; `actsAs`: a place that acts
 * in its sentence ("Washington said") stands for its government there.
 */
export type ProfiledAnnotation = Annotation & { profile?: string; actsAs?: 'government' };

export interface ProfileTools {
  /** The reader-language rendering of a page-language word or phrase (its first gloss), or null. */
  gloss(phrase: string): string | null;
  /** Whether a lower-case word is an ordinary word of the page's language (the lexicon knows it). */
  isWord(word: string): boolean;
  /** Whether a lower-case word is one of the language's common (function) words. */
  isCommon(word: string): boolean;
  /** The kind of a pack entry (place, country, person…), or null. */
  entryKind(entryId: string): string | null;
  /** Whether a lower-case word is a given name (assets/names/given-names.json). */
  isGivenName(word: string): boolean;
  /** The page's and the reader's language. */
  pageLang: string;
  readerLang: string;
}

/** Bounds for hostile input: distinct names profiled, and the characters of a name. */
export const PROFILE_LIMITS = { names: 3000, nameChars: NAME_LIMITS.chars };

/** A letter or digit (what starts a word). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Code point at `i` as a string (a letter outside the BMP is two code units). */
const charAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i) as number);

/** Whether the character at `i` starts a word: a letter or a digit (ASCII without a regex). */
function startsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(charAt(text, i));
}

/** Whether the character at `i` continues a word: a letter, a digit, ' ’ . or -. */
function continuesWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return startsWord(text, i) || c === 39 || c === 46 || c === 45;
  return c === 0x2019 || LETTER_OR_DIGIT.test(charAt(text, i));
}

/** Whether the character at `i` is a capital letter. */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(charAt(text, i));
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The end of the word that starts at `i` (a trailing full stop or hyphen left out). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let to = i + ((text.codePointAt(i) as number) > 0xffff ? 2 : 1);
  while (to < n && continuesWord(text, to)) to += (text.codePointAt(to) as number) > 0xffff ? 2 : 1;
  while (to - i > 1 && (text[to - 1] === '.' || text[to - 1] === '-')) to--;
  return to;
}

/**
 * The words of a text: a letter or digit, then letters, digits, apostrophes, full stops and
 * hyphens; a trailing full stop or hyphen is not part of the word.
 */
export function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < text.length; ) {
    if (!startsWord(text, i)) {
      i++;
      continue;
    }
    const to = wordEnd(text, i);
    out.push({ text: text.slice(i, to), start: offset + i, end: offset + to });
    i = to;
    while (i < text.length && continuesWord(text, i)) i++;
  }
  return out;
}

/**
 * The words of `wordsOf` that start with a capital letter (the others are never names), found by
 * looking at capitals only: this runs over the whole article.
 */
export function capitalisedWordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 65 && c <= 90) && !(c > 127 && upperAt(text, i))) continue;
    // Inside a word ("iPhone", "x-Men", "a.B") unless what stands before it is no word's.
    let k = i;
    while (k > 0 && continuesWord(text, k - 1)) k--;
    while (k < i && !startsWord(text, k)) k++;
    if (k < i) continue;
    const to = wordEnd(text, i);
    out.push({ text: text.slice(i, to), start: i, end: to });
    i = to - 1;
  }
  return out;
}

// Not toLocaleLowerCase: the same in every locale (a Turkish browser lowers I to ı), and faster.
const lower = (s: string) => s.toLowerCase();
const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);
const keyOf = (name: string) => lower(name.replace(/\s+/g, ' ').trim());
/** The first and the last word of a mark's text, lower case (a mark's words stand a space apart). */
const firstWordOf = (text: string) =>
  lower(text.slice(0, text.indexOf(' ') < 0 ? text.length : text.indexOf(' ')));
const lastWordOf = (text: string) => lower(text.slice(text.lastIndexOf(' ') + 1));

/** The words of a block that stand before `at` in its sentence, at most `max` (nearest last). */
function wordsBefore(text: string, at: number, max: number): Word[] {
  let from = at;
  let seen = 0;
  while (from > 0 && seen < 160) {
    const ch = text[from - 1] as string;
    if ('!?;:"“”\n'.includes(ch)) break;
    // A full stop ends the sentence unless it closes an abbreviation ("Sen.", "Dr.").
    if (ch === '.' && !/(?:^|\s)\p{L}{1,4}$/u.test(text.slice(Math.max(0, from - 6), from - 1))) break;
    from--;
    seen++;
  }
  return wordsOf(text.slice(from, at), from).slice(-max);
}

interface Draft {
  key: string;
  name: string;
  kind: ProfileKind | null;
  role: string | null;
  givenName: string | null;
  listedWith: string | null;
  forms: Set<string>;
  mentions: number;
  first: { block: number; start: number; end: number };
}

type Target = { draft: Draft } | { entryId: string };

/**
 * Profiles for the names of an article that no pack knows, and the article's annotations with
 * each unknown name pointing to its profile (or, for a surname or acronym of a pack entry's name,
 * to that entry). Role words that the name scanner took for names ("Menteri Keuangan …": the
 * word "Keuangan") are dropped; later mentions of a known surname that the scanner skipped (a
 * surname alone at a sentence start) are added.
 */
export function profileNames(
  blocks: readonly string[],
  found: readonly Annotation[],
  tools: ProfileTools,
): { annotations: ProfiledAnnotation[]; profiles: Record<string, Profile> } {
  let annotations = found;
  const cues = CUES[tools.pageLang];
  if (!cues) return { annotations: [...found], profiles: {} };
  const titles = new Set(cues.personTitles);
  // Lower-case words before a name: the page's language ("desa Suren", "partai Gerindo").
  const placeFirst = new Set(cues.placeFirst);
  const orgFirst = new Set(cues.orgFirst);
  // A name's own words: every language's, since names cross languages ("Streamline Records",
  // "Singapore Airlines" in an Indonesian article; "Universitas Indonesia" in an English one).
  const own = ownKindWords();
  const placeLast = own.placeLast;
  const orgLast = own.orgLast;
  const placePrep = new Set(cues.placePrepositions);
  const isKindCue = (w: string) =>
    own.placeFirst.has(w) || placeLast.has(w) || own.orgFirst.has(w) || orgLast.has(w);
  const speechLeads = new Set(cues.speechLeads);
  const actingVerb = verbsAfter(cues, 'actingVerbs');
  const personVerb = verbsAfter(cues, 'personVerbs');
  const drafts = new Map<string, Draft>();
  /** Tokens of multiword names seen so far (a surname → its profile or pack entry; null: ambiguous). */
  const byToken = new Map<string, Target | null>();
  const out: ProfiledAnnotation[] = [];

  const sameTarget = (a: Target, b: Target) =>
    ('draft' in a && 'draft' in b && a.draft === b.draft) ||
    ('entryId' in a && 'entryId' in b && a.entryId === b.entryId);
  const remember = (name: string, target: Target) => {
    const tokens = wordsOf(name).map((w) => w.text);
    if (tokens.length < 2) return;
    for (const t of tokens) {
      const k = lower(t);
      if (t.length < 3 || !isCapitalised(t) || titles.has(k) || tools.isCommon(k)) continue;
      const known = byToken.get(k);
      if (known === undefined) byToken.set(k, target);
      else if (known && !sameTarget(known, target)) byToken.set(k, null);
    }
  };

  const { marks, hints } = placesInNames(blocks, annotations, tools, cues);
  annotations = marks;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i] as Annotation;
    const text = blocks[a.block] ?? '';
    if (a.entryId !== null) {
      out.push(a);
      remember(a.text, { entryId: a.entryId });
      // "Komisi Pemberantasan Korupsi (KPK)": the acronym gets the entry's card.
      const acronym = acronymAfter(text, a.end, a.text);
      if (acronym && !byToken.has(lower(acronym))) byToken.set(lower(acronym), { entryId: a.entryId });
      continue;
    }
    if (a.text.length > PROFILE_LIMITS.nameChars) {
      out.push(a);
      continue;
    }
    let start = a.start;
    let role: string[] = [];
    const inner = wordsOf(a.text, a.start);
    // At a sentence start, a common word is capitalised only for that ("Kemarin Budi Santoso"),
    // and so is an ordinary word before a name of two words or more.
    const atStart = startsSentence(text, a.start);
    while (inner.length > 1) {
      const w = lower((inner[0] as Word).text);
      if (titles.has(w)) break;
      const cue = orgFirst.has(w) || placeFirst.has(w);
      if (!tools.isCommon(w) && !(atStart && inner.length > 2 && tools.isWord(w) && !cue)) break;
      inner.shift();
    }
    // Leading titles inside the span ("Pelatih Juventus …" at a sentence start) are the role.
    while (inner.length > 1 && titles.has(lower((inner[0] as Word).text)))
      role.push((inner.shift() as Word).text);
    start = (inner[0] as Word | undefined)?.start ?? a.start;
    let name = text.slice(start, a.end);
    const next = annotations[i + 1];
    const before = wordsBefore(text, start, 8);
    const prev = before[before.length - 1];
    const tokens = wordsOf(name);
    // A role word the scanner took for a name: ordinary words right after a title, right before
    // another name ("Menteri Keuangan Purbaya").
    if (
      prev &&
      titles.has(lower(prev.text)) &&
      tokens.every((t) => tools.isWord(lower(t.text))) &&
      next &&
      next.block === a.block &&
      /^\s+$/.test(text.slice(a.end, next.start))
    ) {
      continue;
    }
    // A role before the name: the nearest run that starts with a title ("kata Menteri Keuangan").
    // Before a name that is an organisation by its own words ("anggota Partai Sosial Demokratik",
    // "Presiden Universitas Columbia") or an acronym ("Ketua BPD", "Rektor UTSU"), the role is
    // someone's in that organisation, and says the name is one.
    let roleOf: ProfileKind | null = null;
    if (role.length === 0) {
      role = roleBefore(before, titles);
      const ownOrg = () => {
        const first = lower(tokens[0]?.text ?? '');
        const last = lower(tokens[tokens.length - 1]?.text ?? '');
        return tokens.length > 1 && (own.orgFirst.has(first) || orgLast.has(last));
      };
      if (role.length > 0 && (isAcronym(name) || ownOrg())) {
        role = [];
        roleOf = 'organisation';
      }
    }
    let kind: ProfileKind | null = role.length > 0 ? 'person' : roleOf;
    // The word before it: "Kabupaten Minahasa Selatan", "Koalisi Merah Putih".
    if (role.length === 0 && prev && start - prev.end <= 1) {
      const p = lower(prev.text);
      if (placeFirst.has(p)) {
        kind = 'place';
        role = [prev.text];
      } else if ((orgFirst.has(p) || cues.orgArticles.includes(p)) && isCapitalised(prev.text)) {
        kind = 'organisation';
        start = prev.start;
        name = text.slice(start, a.end);
      } else if (orgFirst.has(p)) {
        // In lower case the word says what the name is, and is not part of it ("partai Golkar").
        kind = 'organisation';
        role = [prev.text];
      }
    }
    const firstWord = lower(tokens[0]?.text ?? '');
    const lastWord = lower(tokens[tokens.length - 1]?.text ?? '');
    // The name's own first or last word ("Kabupaten …", "… University"); a cue word alone is no
    // name. The first word says more than the last ("Universitas Teknologi Sulawesi Utara").
    const several = tokens.length > 1;
    if (kind === null && several) {
      if (own.placeFirst.has(firstWord)) kind = 'place';
      else if (own.orgFirst.has(firstWord)) kind = 'organisation';
      else if (orgLast.has(lastWord)) kind = 'organisation';
      else if (placeLast.has(lastWord)) kind = 'place';
    }
    // An apposition after it ("Hikmat Ginanjar, Kepala Dinas …," / "X, the minister of Y,").
    if (role.length === 0) role = appositionAfter(text, a.end, titles);
    if (role.length === 0) role = appositionBefore(text, start, titles, cues);
    // "X adalah seorang penyanyi", "X is a singer": what the sentence says the name is.
    if (role.length === 0 && kind === null) {
      const said = copulaAfter(text, a.end, cues);
      if (said) {
        const head = lower(said[0] as string);
        if (titles.has(head)) role = said;
        else if (placeFirst.has(head)) [kind, role] = ['place', said];
        else if (orgFirst.has(head)) [kind, role] = ['organisation', said];
      }
    }
    if (role.length > 0 && kind === null) kind = 'person';
    kind ??= hints.get(a) ?? null;
    // A name that speaks or acts ("Sadewa mengatakan", ", kata Budi"), or is born, dies or
    // marries ("Bhosle lahir di …"): a weak cue for a person, used alone only (below); an acronym
    // that speaks is an organisation as often.
    const speaks =
      !isAcronym(name) &&
      tokens.length <= 4 &&
      (actingVerb.test(text.slice(a.end, a.end + 30)) ||
        personVerb.test(text.slice(a.end, a.end + 30)) ||
        (prev !== undefined &&
          speechLeads.has(lower(prev.text)) &&
          /^\s+$/.test(text.slice(prev.end, start))));
    // A weak cue, used alone only: "di Minahasa", "in Oslo" (applied below, after the checks).
    const afterPreposition = prev !== undefined && placePrep.has(lower(prev.text)) && !isAcronym(name);

    // An acronym defined in parentheses: "Koalisi Merah Putih (KMP)".
    let defined = acronymAfter(text, a.end, name);
    // Or the acronym is the mark, and its definition spans several ("… Jawa Barat (FRPJB)").
    const full = isAcronym(name) ? definedBefore(text, start, name, cues) : null;
    if (full && !drafts.has(keyOf(full))) {
      defined = name;
      name = full;
      kind ??= 'organisation';
    }
    const key = keyOf(name);
    // A later surname of an earlier full name, or of a pack entry's name; an acronym of an entry.
    const linked = tokens.length === 1 && !drafts.has(key) ? byToken.get(lower(name)) : undefined;
    if (linked && 'entryId' in linked) {
      out.push({ ...a, start, text: text.slice(start, a.end), entryId: linked.entryId });
      continue;
    }
    let draft = linked?.draft ?? drafts.get(key);
    // A given name first ("Robert Thomas"; alone only when it is no ordinary word: "Abel", not
    // "Cinta"): a person, unless the article says otherwise above.
    const givenName = kind === null ? givenNameOf(tokens, tools, isKindCue) : null;
    if (givenName) kind = 'person';
    // Only kind words, titles and numbers ("SMA", "Kecamatan", "Kepala Desa", "Kelurahan III"):
    // a role or a kind, not a name — no mark (a pack may still explain it as a term).
    if (
      !draft &&
      !defined &&
      tokens.every(
        (t) => titles.has(lower(t.text)) || isKindCue(lower(t.text)) || /^(?:\d+|[IVX]+)$/.test(t.text),
      )
    )
      continue;
    // An ordinary word, capitalised and alone, with nothing that makes it a name (Piala, Liga,
    // Kelas, Nasional: words of titles and headings): no mark, rather than a card with nothing.
    if (
      !draft &&
      !defined &&
      tokens.length === 1 &&
      kind === null &&
      role.length === 0 &&
      !isAcronym(name) &&
      tools.isWord(lower(name))
    )
      continue;
    if (kind === null && afterPreposition) kind = 'place';
    if (kind === null && speaks) kind = 'person';
    // Bounded: past so many distinct names, the rest keep their plain mark.
    if (!draft && drafts.size >= PROFILE_LIMITS.names) {
      out.push(a);
      continue;
    }
    if (!draft) {
      draft = {
        key,
        name,
        kind,
        role: role.length > 0 ? role.join(' ') : null,
        givenName,
        listedWith: null,
        forms: new Set(),
        mentions: 0,
        first: { block: a.block, start, end: a.end },
      };
      drafts.set(key, draft);
      remember(name, { draft });
    } else {
      if (name !== draft.name) draft.forms.add(name);
      if (draft.kind === null && kind !== null) {
        draft.kind = kind;
        draft.givenName = givenName;
      }
      if (!draft.role && role.length > 0) draft.role = role.join(' ');
    }
    draft.mentions++;
    if (defined) {
      draft.forms.add(defined);
      draft.kind ??= 'organisation';
      drafts.set(keyOf(defined), draft);
    }
    // A nickname the article gives ("Aburizal Bakrie, yang akrab disapa Ical").
    const nick = nicknameAfter(text, a.end, cues);
    if (nick && !drafts.has(keyOf(nick))) {
      // Only people are given a nickname this way ("akrab disapa", "known as").
      draft.kind ??= 'person';
      draft.forms.add(nick);
      drafts.set(keyOf(nick), draft);
    }
    out.push({ ...a, start, text: text.slice(start, a.end), profile: profileId(draft) });
  }

  const all = addSkippedMentions(blocks, out, byToken);
  for (const a of all) {
    if (a.entryId !== null || a.profile) continue;
    // Mentions of a form learned later (an acronym defined after its first use) join the profile.
    const draft = drafts.get(keyOf(a.text));
    if (draft) a.profile = profileId(draft);
  }
  kindsFromLists(blocks, all, drafts, tools, cues);
  // Mention counts from the final list (added mentions included).
  const counts = new Map<string, number>();
  for (const a of all) if (a.profile) counts.set(a.profile, (counts.get(a.profile) ?? 0) + 1);
  const profiles: Record<string, Profile> = {};
  for (const draft of new Set(drafts.values())) {
    const pid = profileId(draft);
    const mentions = counts.get(pid) ?? 0;
    if (mentions === 0) continue;
    const text = blocks[draft.first.block] ?? '';
    profiles[pid] = {
      id: pid,
      name: draft.name,
      kind: draft.kind,
      role: draft.role,
      roleInReader: draft.role ? renderRole(draft.role, tools, cues) : null,
      // Only while the given name is all that says what it is.
      givenName: draft.kind === 'person' && !draft.role ? draft.givenName : null,
      listedWith: draft.role ? null : draft.listedWith,
      forms: [...draft.forms].filter((f) => f !== draft.name),
      mentions,
      first: draft.first,
      sentence: sentenceAround(text, draft.first.start, draft.first.end).slice(0, 400),
    };
  }
  return { annotations: all, profiles };
}

/**
 * The first word of a name when it is a given name: a name of one to four capitalised words, none
 * of them a kind cue ("Jalan", "Universitas"); a name of one
 * word only when it is no ordinary word of the page's language. Null otherwise.
 */
function givenNameOf(
  tokens: readonly Word[],
  tools: ProfileTools,
  isCue: (word: string) => boolean,
): string | null {
  const first = tokens[0]?.text;
  if (!first || tokens.length > 4 || isAcronym(first)) return null;
  const word = lower(first);
  if (!tools.isGivenName(word)) return null;
  // Alone, an ordinary word is no cue ("Cinta", "Budi"), unless the lexicon has it only as a name ("Abel").
  const asName = () => /^\p{Lu}/u.test(tools.gloss(word) ?? '');
  if (tokens.length === 1 && (tools.isCommon(word) || (tools.isWord(word) && !asName()))) return null;
  return tokens.every((t) => isCapitalised(t.text) && !isCue(lower(t.text))) ? first : null;
}

/** A pack entry's kind as a profile's (a country is a place; a concept or an event is none). */
function profileKindOf(kind: string | null): ProfileKind | null {
  if (kind === 'person' || kind === 'organisation' || kind === 'place') return kind;
  return kind === 'country' ? 'place' : null;
}

/**
 * Names listed together are of one kind: "Heru, Richard, Lilik dan Yoyo", "Green Day, Muse,
 * Oasis dan U2". In a list of two or more names (commas, and the language's list words), where
 * every name whose kind is known is of the same kind, the names without one take it, and their
 * card says which name they are listed with. A list of mixed kinds gives nothing.
 */
function kindsFromLists(
  blocks: readonly string[],
  annotations: readonly ProfiledAnnotation[],
  drafts: ReadonlyMap<string, Draft>,
  tools: ProfileTools,
  cues: NameCues,
): void {
  const byId = new Map<string, Draft>();
  for (const d of drafts.values()) byId.set(profileId(d), d);
  const words = cues.listWords.map((w) => w.replace(/ /g, '\\s+')).join('|');
  const between = expression(
    cues,
    'list',
    () => new RegExp(`^(?:\\s*,\\s*(?:(?:${words})\\s+)?|\\s+(?:${words})\\s+)$`, 'u'),
  );
  let run: ProfiledAnnotation[] = [];
  const close = () => {
    if (run.length >= 2) {
      const kinds = new Set<ProfileKind>();
      let known: ProfiledAnnotation | undefined;
      for (const a of run) {
        const kind = a.entryId
          ? profileKindOf(tools.entryKind(a.entryId))
          : a.profile
            ? (byId.get(a.profile)?.kind ?? null)
            : null;
        if (kind) {
          kinds.add(kind);
          known ??= a;
        }
      }
      if (kinds.size === 1 && known) {
        const kind = [...kinds][0] as ProfileKind;
        for (const a of run) {
          const d = a.profile ? byId.get(a.profile) : undefined;
          if (d && d.kind === null) {
            d.kind = kind;
            d.listedWith = known.text;
          }
        }
      }
    }
    run = [];
  };
  for (const a of annotations) {
    const prev = run[run.length - 1];
    if (prev && !(prev.block === a.block && between.test((blocks[a.block] ?? '').slice(prev.end, a.start))))
      close();
    run.push(a);
  }
  close();
}

let OWN_KIND_WORDS: Record<
  'placeFirst' | 'placeLast' | 'orgFirst' | 'orgLast' | 'of',
  ReadonlySet<string>
> | null = null;

/** The words that make a name a place or an organisation, of every language with cues (made once). */
function ownKindWords() {
  if (!OWN_KIND_WORDS) {
    const all = Object.values(CUES);
    const union = (key: 'placeFirst' | 'placeLast' | 'orgFirst' | 'orgLast') =>
      new Set(all.flatMap((c) => c[key]));
    OWN_KIND_WORDS = {
      placeFirst: union('placeFirst'),
      placeLast: union('placeLast'),
      orgFirst: union('orgFirst'),
      orgLast: union('orgLast'),
      of: new Set(all.map((c) => c.of)),
    };
  }
  return OWN_KIND_WORDS;
}

/** Kinds of pack entries that are places: a shorter place label inside a longer name is not the place. */
const PLACE_KINDS = new Set(['place', 'country']);

/**
 * Kinds a reader can trust: a place's card on a name that only contains the place ("PSMS Medan",
 * "Nottingham Forest", "Partai Indonesia Raya") or on a team ("Chicago beat Boston") is the wrong
 * card. The place and the capitalised words it stands with become one name no pack knows (with a
 * profile); a place that beats or is beaten is a club.
 */
function placesInNames(
  blocks: readonly string[],
  annotations: readonly Annotation[],
  tools: ProfileTools,
  cues: NameCues,
): { marks: ProfiledAnnotation[]; hints: Map<Annotation, ProfileKind> } {
  const hints = new Map<Annotation, ProfileKind>();
  const marks: ProfiledAnnotation[] = [];
  const isPlace = (a: Annotation | undefined) =>
    a !== undefined && a.entryId !== null && PLACE_KINDS.has(tools.entryKind(a.entryId) ?? '');
  const adjacent = (x: Annotation, y: Annotation) =>
    x.block === y.block && /^ $/.test((blocks[x.block] ?? '').slice(x.end, y.start));
  const teamVerb = verbsAfter(cues, 'teamVerbs');
  const actingVerb = verbsAfter(cues, 'actingVerbs');
  const titles = new Set(cues.personTitles);
  const prepositions = new Set(cues.placePrepositions);
  const own = ownKindWords();
  // Not a list word ("SMA 1 dan SMA 2" are two), nor a place's preposition ("Sekolah Dasar
  // Daimyo di Fukuoka" is a school in a city).
  const inRun = new Set(
    cues.joiners.filter((w) => !cues.listWords.includes(w) && !cues.placePrepositions.includes(w)),
  );
  const runGap = (x: Annotation, y: Annotation) => {
    if (x.block !== y.block) return false;
    const gap = (blocks[x.block] ?? '').slice(x.end, y.start);
    if (gap === ' ') return true;
    if (!/^ [^\n]{1,24} $/.test(gap)) return false;
    return gap
      .trim()
      .split(' ')
      .every((w) => /^(?:\d+|[IVX]+|&)$/.test(w) || inRun.has(lower(w)));
  };
  /** The last index of an organisation's run of marks that starts at `i` (`i` when there is none). */
  /**
   * An organisation's run of marks that starts at `i`: its last index and where it starts (a
   * capitalised kind word right before it that the scanner left out, "PT", counts), or null.
   */
  const orgRun = (list: readonly Annotation[], i: number): { last: number; start: number } | null => {
    // A pack entry joins the run only as a place inside the name ("… Jakarta") or as a kind word
    // the pack explains ("Pondok Pesantren"): an organisation, a person or a term of a pack keeps
    // its card (a pack entry always wins).
    const joins = (x: Annotation) => {
      if (x.entryId === null || isPlace(x)) return true;
      const kind = tools.entryKind(x.entryId);
      return kind === 'concept' && own.orgFirst.has(firstWordOf(x.text));
    };
    const startsWith = list[i] as Annotation;
    if (!joins(startsWith)) return null;
    let j = i;
    while (j + 1 < list.length && runGap(list[j] as Annotation, list[j + 1] as Annotation)) {
      if (!joins(list[j + 1] as Annotation)) break;
      j++;
    }
    // A capitalised kind word right before the run, one space apart ("PT" before "Kaltim").
    const text = blocks[startsWith.block] ?? '';
    let k = startsWith.start - 1;
    if (text.charCodeAt(k) === 32) while (k > 0 && continuesWord(text, k - 1)) k--;
    const lead = k < startsWith.start - 1 ? text.slice(k, startsWith.start - 1) : '';
    const led = lead !== '' && upperAt(lead, 0) && own.orgFirst.has(lower(lead));
    if (j === i && !led) return null;
    const first = firstWordOf(startsWith.text);
    const last = lastWordOf((list[j] as Annotation).text);
    // Or a head word before a language's "of" in the run ("London School of Economics").
    const headOf = () => {
      const words = wordsOf(text.slice(startsWith.start, (list[j] as Annotation).end)).map((w) =>
        lower(w.text),
      );
      return words.some((w, k) => k > 0 && own.of.has(w) && own.orgLast.has(words[k - 1] as string));
    };
    if (!led && !own.orgFirst.has(first) && !own.orgLast.has(last) && !(j > i && headOf())) return null;
    return { last: j, start: led ? k : startsWith.start };
  };

  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i] as Annotation;
    const next = annotations[i + 1];
    const text = blocks[a.block] ?? '';
    // An unknown name and a place side by side: one name ("PSMS Medan", "Medan Jaya").
    // Only one word beside the place: "pakar Eurasia David Turtree" is a place and a person.
    const oneWord = (x: Annotation) => x.entryId === null && !/\s/.test(x.text);
    // An organisation's name that holds a place or a term: "SMA Negeri 8 Jakarta", "PT Kaltim
    // Prima Coal", "Dewan Gereja di Indonesia", "Pondok Pesantren La Tansa", "London Academy of
    // Music" — marks side by side (numbers and joiners between, no list word) whose first word
    // or last word makes the whole an organisation: one name no pack knows.
    const run = orgRun(annotations, i);
    if (run) {
      const last = annotations[run.last] as Annotation;
      const merged: Annotation = {
        block: a.block,
        start: run.start,
        end: last.end,
        entryId: null,
        text: text.slice(run.start, last.end),
      };
      hints.set(merged, 'organisation');
      marks.push(merged);
      i = run.last;
      continue;
    }
    if (next && adjacent(a, next) && ((isPlace(a) && oneWord(next)) || (oneWord(a) && isPlace(next)))) {
      const merged: Annotation = {
        block: a.block,
        start: a.start,
        end: next.end,
        entryId: null,
        text: text.slice(a.start, next.end),
      };
      const acronymFirst = /^\p{Lu}{2,}\s/u.test(merged.text);
      if (acronymFirst) hints.set(merged, 'organisation');
      marks.push(merged);
      i++;
      continue;
    }
    // "Chicago beat Boston": both sides of a match are teams.
    if (isPlace(a)) {
      const after = text.slice(a.end, a.end + 30);
      const prev = marks[marks.length - 1];
      const before = prev && prev.block === a.block ? text.slice(prev.end, a.start) : '';
      if (teamVerb.test(after) || (before && teamVerb.test(before) && isPlace(annotations[i - 1]))) {
        const team: Annotation = { ...a, entryId: null };
        hints.set(team, 'organisation');
        marks.push(team);
        continue;
      }
      // "Washington said", "Jakarta menolak": the government based there acts (not after a
      // title, "Presiden Amerika Serikat mengatakan", the president speaking; nor after a
      // preposition, "diplomats in Brussels said").
      const wordBefore = lower(wordsBefore(text, a.start, 1)[0]?.text ?? '');
      if (
        actingVerb.test(text.slice(a.end, a.end + 30)) &&
        !titles.has(wordBefore) &&
        !prepositions.has(wordBefore)
      ) {
        marks.push({ ...a, actsAs: 'government' });
        continue;
      }
    }
    marks.push(a);
  }
  return { marks, hints };
}

/** The expressions made from a language's cues, made once per language and name. */
const EXPRESSIONS = new Map<NameCues, Map<string, RegExp>>();
function expression(cues: NameCues, name: string, make: () => RegExp): RegExp {
  let made = EXPRESSIONS.get(cues);
  if (!made) {
    made = new Map();
    EXPRESSIONS.set(cues, made);
  }
  let re = made.get(name);
  if (!re) {
    re = make();
    made.set(name, re);
  }
  return re;
}

/** A verb of the list right after a name (" said"). */
function verbsAfter(cues: NameCues, list: 'teamVerbs' | 'actingVerbs' | 'personVerbs'): RegExp {
  return expression(cues, list, () => {
    const verbs = cues[list].map((v) => v.replace(/ /g, '\\s+')).join('|');
    return new RegExp(`^\\s+(?:${verbs})\\b`, 'iu');
  });
}

const profileId = (d: Draft) => `profile:${d.key}`;

/**
 * Surnames that the name scanner leaves out (a single capitalised word at a sentence start reads
 * like any first word), once the article has given the full name: "Sadewa menolak berkomentar".
 */
function addSkippedMentions(
  blocks: readonly string[],
  annotations: ProfiledAnnotation[],
  byToken: ReadonlyMap<string, Target | null>,
): ProfiledAnnotation[] {
  if (byToken.size === 0) return annotations;
  const out: ProfiledAnnotation[] = [];
  let k = 0;
  // Where each entry and profile is first mentioned, in one pass (a key per target: an entry id or a profile id).
  const firstAt = new Map<string, ProfiledAnnotation>();
  for (const a of annotations) {
    const key = a.entryId ?? a.profile;
    if (key && !firstAt.has(key)) firstAt.set(key, a);
  }
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] as string;
    const inBlock: ProfiledAnnotation[] = [];
    while (k < annotations.length && (annotations[k] as ProfiledAnnotation).block === b)
      inBlock.push(annotations[k++] as ProfiledAnnotation);
    let j = 0;
    for (const w of capitalisedWordsOf(text)) {
      while (j < inBlock.length && (inBlock[j] as ProfiledAnnotation).end <= w.start)
        out.push(inBlock[j++] as ProfiledAnnotation);
      const current = inBlock[j];
      if (current && current.start < w.end) continue;
      if (isAcronym(w.text)) continue;
      const target = byToken.get(lower(w.text));
      if (!target) continue;
      // Only after the full name has been given.
      const first = firstAt.get('entryId' in target ? target.entryId : profileId(target.draft));
      if (!first || compare(first, b, w.start) >= 0) continue;
      out.push(
        'entryId' in target
          ? { block: b, start: w.start, end: w.end, entryId: target.entryId, text: w.text }
          : {
              block: b,
              start: w.start,
              end: w.end,
              entryId: null,
              text: w.text,
              profile: profileId(target.draft),
            },
      );
    }
    while (j < inBlock.length) out.push(inBlock[j++] as ProfiledAnnotation);
  }
  while (k < annotations.length) out.push(annotations[k++] as ProfiledAnnotation);
  return out;
}

const compare = (a: ProfiledAnnotation, block: number, start: number) => a.block - block || a.start - start;

/** The role that ends right before a name: from its first title word to the name (at most 6 words). */
function roleBefore(before: readonly Word[], titles: ReadonlySet<string>): string[] {
  let from = -1;
  for (let j = before.length - 1; j >= Math.max(0, before.length - 6); j--) {
    const w = before[j] as Word;
    if (titles.has(lower(w.text))) from = j;
    else if (!isCapitalised(w.text)) break;
  }
  return from < 0 ? [] : before.slice(from).map((w) => w.text);
}

/** ", Kepala Dinas Pendidikan Kota Bandung," or ", the chief executive of the company," after a name. */
function appositionAfter(text: string, end: number, titles: ReadonlySet<string>): string[] {
  const m = /^,\s+([^,.;:!?()"“”]{2,90})[,.;]/u.exec(text.slice(end, end + 100));
  if (!m) return [];
  const words = wordsOf(m[1] as string).map((w) => w.text);
  if (words.length > 9) return [];
  const at = words.findIndex((w) => titles.has(lower(w)));
  return at < 0 || at > 2 ? [] : words;
}

/** "Kepala Dinas Pendidikan Kota Bandung, Hikmat Ginanjar,": the role before the comma. */
function appositionBefore(
  text: string,
  start: number,
  titles: ReadonlySet<string>,
  cues: NameCues,
): string[] {
  if (!/,\s+$/.test(text.slice(Math.max(0, start - 3), start))) return [];
  const comma = text.lastIndexOf(',', start - 1);
  const clauseStart = Math.max(
    0,
    ...[',', '.', ';', ':', '"', '“', '”', '\n'].map((c) => text.lastIndexOf(c, comma - 1) + 1),
  );
  const words = wordsOf(text.slice(clauseStart, comma)).map((w) => w.text);
  const at = words.findIndex((w) => titles.has(lower(w)) && isCapitalised(w));
  if (at < 0 || words.length - at > 8) return [];
  const role = words.slice(at);
  const joins = new Set(cues.joiners);
  return role.every((w, k) => k === 0 || isCapitalised(w) || joins.has(lower(w))) ? role : [];
}

/**
 * The words a copula gives right after a name, up to the end of the clause and at most 6 ("X
 * adalah seorang penyanyi dan penulis lagu" → penyanyi dan penulis lagu), or null.
 */
function copulaAfter(text: string, end: number, cues: NameCues): string[] | null {
  const re = expression(cues, 'copula', () => {
    const alt = (list: readonly string[]) => list.map((w) => caseless(w).replace(/ /g, '\\s+')).join('|');
    return new RegExp(
      `^\\s+(?:${alt(cues.copulas)})\\s+(?:(?:${alt(cues.copulaArticles)})\\s+)?([^,.;:!?()"“”]{2,80})`,
      'u',
    );
  });
  const m = re.exec(text.slice(end, end + 120));
  if (!m) return null;
  const words = wordsOf(m[1] as string).map((w) => w.text);
  return words.length > 0 ? words.slice(0, 6) : null;
}

/** "(KMP)" after "Koalisi Merah Putih", when its letters are the name's initials. */
function acronymAfter(text: string, end: number, name: string): string | null {
  const m = /^\s*\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(text.slice(end, end + 16));
  if (!m) return null;
  const acronym = m[1] as string;
  const initials = wordsOf(name)
    .map((w) => w.text)
    .filter(isCapitalised)
    .map((w) => w[0])
    .join('');
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && initials.length >= 2 && (initials === letters || initials.startsWith(letters))
    ? acronym
    : null;
}

/** A lower-case phrase as a pattern that matches it in any case ("alias" → "[aA][lL]…"). */
const caseless = (phrase: string) =>
  [...phrase].map((c) => (/\p{L}/u.test(c) ? `[${c}${c.toLocaleUpperCase()}]` : c)).join('');

/** The nickname given right after a name: up to three capitalised words. */
function nicknameAfter(text: string, end: number, cues: NameCues): string | null {
  const re = expression(cues, 'nickname', () => {
    const word = `\\p{Lu}[\\p{L}'’-]{1,30}`;
    // The lead in any case, the nickname capitalised (so no `i` flag).
    const leads = cues.nicknameLeads.map((lead) => caseless(lead).replace(/ /g, '\\s+')).join('|');
    return new RegExp(`^\\s*,?\\s*\\(?(?:${leads})\\s+["“]?(${word}(?:\\s${word}){0,2})`, 'u');
  });
  return re.exec(text.slice(end, end + 80))?.[1] ?? null;
}

/** "Forum Relawan Pendidikan Jawa Barat (FRPJB)": the words before the parenthesis whose initials spell it. */
function definedBefore(text: string, start: number, acronym: string, cues: NameCues): string | null {
  const open = /\(\s*$/.exec(text.slice(Math.max(0, start - 3), start));
  if (!open || !/^\s*\)/.test(text.slice(start + acronym.length, start + acronym.length + 3))) return null;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const words = wordsBefore(text, start - open[0].length, 12);
  // Walk back over capitalised words (and joiners), until their initials spell the acronym.
  let initials = '';
  for (let j = words.length - 1; j >= 0; j--) {
    const w = words[j] as Word;
    if (isCapitalised(w.text)) initials = (w.text[0] as string) + initials;
    else if (!cues.joiners.includes(w.text)) return null;
    if (initials === letters) return text.slice(w.start, (words[words.length - 1] as Word).end);
    if (initials.length > letters.length) return null;
  }
  return null;
}

/**
 * The role in the reader's language, word by word through the lexicon (a phrase first), names
 * kept; null when a word has no rendering. An Indonesian role reads head first (Menteri
 * Keuangan: minister, finance): into English it becomes "minister of finance".
 */
function renderRole(
  role: string,
  tools: Pick<ProfileTools, 'gloss' | 'pageLang' | 'readerLang'>,
  cues: NameCues,
): string | null {
  if (tools.pageLang === tools.readerLang) return null;
  const target = CUES[tools.readerLang];
  const whole = tools.gloss(lower(role));
  if (whole) return clean(whole);
  const rendered: string[] = [];
  for (const w of wordsOf(role).map((x) => x.text)) {
    const g = tools.gloss(lower(w));
    if (g) rendered.push(clean(g));
    else if (isCapitalised(w)) rendered.push(w);
    else return null;
  }
  if (rendered.length === 0) return null;
  if (!target || rendered.length === 1) return rendered.join(' ');
  if (cues.headFirst && !target.headFirst)
    return `${rendered[0]} ${target.of} ${rendered.slice(1).reverse().join(' ')}`;
  if (!cues.headFirst && target.headFirst) return rendered.reverse().join(' ');
  return rendered.join(' ');
}

/** A gloss as a short phrase: before any ";" or ",", without parentheses or a leading "to". */
const clean = (gloss: string) =>
  (gloss.split(/[;,]/)[0] ?? gloss)
    .replace(/\([^)]*\)/g, '')
    .replace(/^to\s+/, '')
    .trim();

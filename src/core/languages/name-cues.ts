// What an article's own wording says about a name no pack knows, per language: the titles and
// roles written before a person's name, the words inside a name that make it a place or an
// organisation, the phrases that give a nickname. Read only by the background (src/core/names),
// so kept out of the descriptors that every bundle carries; each language's lists are in its
// folder (`<code>/name-cues.ts`).

export interface NameCues {
  /** Words that stand before a person's name as their title or role (lower case). */
  personTitles: readonly string[];
  /** Lower-case words that may stand inside a name or a role ("Menteri Kebudayaan dan Pariwisata"). */
  joiners: readonly string[];
  /** Words that join the last items of a list ("Heru, Lilik dan Yoyo"; "Muse, Oasis and U2"). */
  listWords: readonly string[];
  /**
   * Capitalised words of another language right before a name in this language's text that make
   * it an organisation and are part of it ("The" in an Indonesian article: "The Cure").
   */
  orgArticles: readonly string[];
  /** A first (or, for `placeLast`, last) word that makes a name a place: Kabupaten, River. */
  placeFirst: readonly string[];
  placeLast: readonly string[];
  /** A first or last word that makes a name an organisation: PT, Partai, Inc, University. */
  orgFirst: readonly string[];
  orgLast: readonly string[];
  /** Prepositions before a place ("di Minahasa", "in Oslo"): a weak cue, used alone only. */
  placePrepositions: readonly string[];
  /** Phrases between a name and its nickname ("yang akrab disapa", "known as"), lower case. */
  nicknameLeads: readonly string[];
  /** Verbs of a match between teams ("Chicago beat Boston"): a place there is a club, not the place. */
  teamVerbs: readonly string[];
  /**
   * Verbs of someone who speaks or acts ("said", "mengatakan", "warned", "menolak"), right after a
   * name: a name no pack knows there is a person ("Sadewa mengatakan"); a place there stands for
   * its government ("Washington said", "Jakarta menolak").
   */
  actingVerbs: readonly string[];
  /** Copulas after a name that say what it is ("adalah", "is"), and the articles after them. */
  copulas: readonly string[];
  copulaArticles: readonly string[];
  /** Verbs only a person does, right after a name ("lahir", "meninggal", "was born"): a person. */
  personVerbs: readonly string[];
  /** Words of speech right before a name that speaks (", kata Budi", ", said Smith"), lower case. */
  speechLeads: readonly string[];
  /** How a role phrase of this language is read: its head first (Menteri Keuangan) or last (Finance Minister). */
  headFirst: boolean;
  /** The word that links a role to its complement in this language, when rendered into it ("of", "dari"). */
  of: string;
}

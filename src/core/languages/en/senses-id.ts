// English function words and auxiliaries in Indonesian, by context: which gloss comes first,
// from the words around (the engine is src/core/lexicon/context.ts, which knows no language).
// Written from general knowledge of both languages' grammar, each rule with the sentences it is
// for (tests/unit/senses.test.ts reads them). The word classes are English's (closed-class.ts).
import type { SenseRule, SenseTable } from '../../lexicon/context';
import { CLOSED_CLASSES } from './closed-class';

/** A past participle or past form of a verb (been, made, abolished; not need, which is no -ed form). */
const PARTICIPLE = {
  inflected: { pos: 'verb', endings: ['ed', 'en', 'wn', 'ne'], irregular: true },
} as const;
/** A verb's base form (help, make), not a word that is only a noun or only an adjective. */
const BASE_VERB = {
  pos: ['verb'],
  unless: { classes: ['bareDestination', 'determiner', 'pronoun'] },
} as const;

/** The forms of be that link a subject to what it is (not 's, which is also the possessive). */
const BE_FORMS = ['is', 'are', 'was', 'were', 'am', "'re", "'m"];
/** Words of degree before an adjective (very cold, so sure). */
const DEGREE = ['very', 'so', 'too', 'quite', 'rather', 'more', 'less', 'most', 'pretty', 'fairly'];
/**
 * An adjective after be; not one that says where (here, away, out), nor a determiner's (little,
 * much), nor a participle or an -ing form (the passive and progressive rules read those).
 */
const COPULA_ADJECTIVE = {
  pos: ['adj'],
  unless: {
    classes: ['determiner', 'preposition', 'pronoun', 'adverb', 'numeral'],
    // are fighting, was going: the lexicon calls many -ing forms adjectives too
    inflected: { pos: 'verb', endings: ['ing'] },
    // are New Zealand citizens: a name's first word
    capital: true,
    words: ['one', 'here', 'there', 'home', 'away', 'out', 'off', 'up', 'down', 'back', 'little', 'abroad'],
  },
} as const;
/** What the card says for be before an adjective: Indonesian puts no word there. */
const NO_COPULA = '(tidak diterjemahkan di depan kata sifat)';

const rules: SenseRule[] = [
  // to
  {
    words: ['to'],
    after: BASE_VERB,
    glosses: ['untuk'],
    examples: [
      'They came [to] help the victims',
      'It is easy [to] quickly fix the bug',
      'The plans [to] reverse its position on Sudan',
    ],
    counterExamples: ['She went [to] school early', 'He flew [to] Jakarta', 'They moved [to] the city'],
  },
  // have, has, had
  {
    words: ['have', 'has', 'had', "'ve"],
    after: PARTICIPLE,
    glosses: ['telah', 'sudah'],
    examples: [
      'The government [has] announced a plan',
      'We [have] not yet decided',
      'Scientists [had] already been warned',
      'They [have] made a mistake',
    ],
    counterExamples: ['They [have] a new car', 'She [had] three children'],
  },
  {
    words: ['have', 'has', 'had'],
    after: { words: ['to'] },
    glosses: ['harus'],
    examples: ['You [have] to pay the debt', 'She [has] to work late'],
  },
  {
    words: ['have', 'has', 'had', 'having'],
    after: { classes: ['determiner', 'numeral'], number: true },
    glosses: ['memiliki', 'mempunyai', 'punya'],
    examples: ['They [have] a new car', 'The city [has] 3 bridges', 'She [had] many friends'],
  },
  // been: the perfect's participle
  {
    words: ['been'],
    before: { classes: ['have'] },
    glosses: ['telah', 'pernah'],
    examples: ['It has [been] a long year', 'They have not [been] told', 'The person he’d [been] in January'],
  },
  // be + -ing: an action in progress
  {
    words: ['is', 'are', 'was', 'were', 'am', "'re", "'m"],
    // An -ing word that is an adjective too (interesting, but also working) is not taken for one.
    after: { inflected: { pos: 'verb', endings: ['ing'], notPos: ['adj'] } },
    glosses: ['sedang'],
    examples: ['The government [was] lifting sanctions', 'They [are] using it'],
    counterExamples: [
      'The book [is] interesting',
      'The plan [is] something else',
      'They [are] compelled to act',
    ],
  },
  // be + a participle: the passive, which Indonesian makes with di- (digunakan, dihapuskan)
  {
    words: ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re"],
    after: PARTICIPLE,
    glosses: ['di-… (pasif)'],
    examples: [
      'Judges [are] appointed non-politically',
      'The provinces [were] abolished in 1876',
      'It [is] used daily',
    ],
    counterExamples: ['The book [is] interesting', 'The house [is] red'],
  },
  // there is / are: existence
  {
    words: ['is', 'are', 'was', 'were', "'s"],
    before: { words: ['there'] },
    glosses: ['ada', 'terdapat'],
    examples: ['In 1960 there [was] no such thing', 'There [are] two ways'],
  },
  {
    words: ['there'],
    after: { classes: ['be'], words: ['seems', 'seem', 'remains', 'exists', 'exist'] },
    glosses: ['ada', 'terdapat'],
    examples: ['[There] is a format', '[There] are many places'],
  },
  // be before an adjective (is ready, was very cold, are you sure): Indonesian says it with no
  // word (makan malamnya sudah siap), adalah only before a noun
  {
    words: BE_FORMS,
    after: COPULA_ADJECTIVE,
    skip: { words: DEGREE },
    glosses: [NO_COPULA],
    examples: ['Dinner [is] ready', 'It [was] very cold', 'The house [is] red', 'They [are] not happy'],
    counterExamples: [
      'He [is] a teacher',
      'They [are] here',
      'It [is] used daily',
      'There [is] little',
      'They [were] fighting a battle',
      'Sudan [is] one of the poorest',
    ],
  },
  {
    words: BE_FORMS,
    before: { none: true },
    after: COPULA_ADJECTIVE,
    skip: { words: DEGREE, classes: ['subject'] },
    glosses: [NO_COPULA],
    examples: ['[Are] you ready', '[Is] it true'],
    counterExamples: ['[Is] it a plan', '[Are] they here'],
  },
  // the before a name (the Free Software Foundation, the Netherlands): Indonesian has no article,
  // and itu would read as "that"
  {
    words: ['the'],
    after: { capital: true },
    glosses: ['(tidak diterjemahkan di depan nama)'],
    examples: ['A letter to [the] Free Software Foundation', 'A grant from [the] Gates Foundation'],
    counterExamples: ['They read [the] book'],
  },
  // being after a preposition or at a clause's start: what one is
  {
    words: ['being'],
    before: { none: true, classes: ['preposition'] },
    after: {
      unless: { inflected: { pos: 'verb', endings: ['ed', 'en'], irregular: true } },
      classes: ['determiner'],
      pos: ['adj', 'noun'],
    },
    glosses: ['menjadi', 'sebagai'],
    examples: ['If you care about [being] a good steward', '[Being] able to help matters'],
    counterExamples: ['[Being] pushed to repeat old tasks'],
  },
  // will: the noun after a determiner or an adjective
  {
    words: ['will'],
    before: { classes: ['article'], pos: ['adj'], notPos: ['noun', 'verb'] },
    glosses: ['kehendak', 'keinginan', 'wasiat'],
    examples: ['The [will] of the people', 'It needs political [will]'],
    counterExamples: ['The officials [will] soon decide', 'A site which soon [will] be in charge'],
  },
  {
    words: ['will', "'ll", 'shall'],
    glosses: ['akan'],
    examples: ['The officials [will] soon decide', '[Will] it rain'],
  },
  // yet
  {
    words: ['yet'],
    before: { words: ['not', "n't"], classes: ['have'] },
    glosses: ['belum'],
    examples: ['It is not [yet] clear', 'We have not [yet] decided', 'The court has [yet] to rule'],
  },
  {
    words: ['yet'],
    before: { none: true, words: ['and', 'but'] },
    glosses: ['namun', 'tetapi'],
    examples: ['[Yet] the plan failed', 'It was cheap and [yet] it worked'],
    counterExamples: ['It is not [yet] clear'],
  },
  // that
  {
    words: ['that'],
    before: { lemmas: CLOSED_CLASSES.reporting },
    glosses: ['bahwa'],
    examples: [
      'They found [that] over time the rules changed',
      'He said [that] prices would rise',
      'It is clear [that] it works',
    ],
  },
  {
    words: ['that'],
    after: { words: ['i', 'you', 'he', 'she', 'we', 'they', 'there'] },
    glosses: ['bahwa'],
    examples: ['The report shows in detail [that] they were wrong'],
  },
  {
    words: ['that'],
    before: {
      unless: { none: true, classes: ['preposition', 'conjunction'] },
      pos: ['noun', 'verb', 'adj'],
      inflected: { pos: 'noun', endings: ['s'] },
    },
    after: {
      classes: ['modal', 'be', 'have', 'do'],
      inflected: { pos: 'verb', endings: ['s', 'ed'] },
      words: ["'s"],
    },
    glosses: ['yang'],
    // Before the expression "that is" (yaitu), which is the reading at a clause's start.
    overMultiword: true,
    examples: [
      'This is the service [that] schedules requests',
      'The life [that] evolved on its surface',
      'A method [that] helps achieve this',
      'The tool [that] is used most',
    ],
    counterExamples: ['[That] is why', 'He said [that] is fine'],
  },
  // who: a relative after a noun, a question word elsewhere
  {
    words: ['who'],
    before: {
      unless: { none: true, lemmas: ['ask', 'know', 'wonder', 'tell', 'see', 'decide'] },
      pos: ['noun', 'verb', 'adj'],
      classes: ['pronoun', 'determiner'],
      inflected: { pos: 'noun', endings: ['s'] },
    },
    glosses: ['yang'],
    examples: ['The people [who] live there', 'Those [who] left early'],
    counterExamples: ['[Who] is there', 'Nobody knows [who] did it'],
  },
  // for + a span of time
  {
    words: ['for'],
    after: { classes: ['timeSpan'] },
    skip: {
      classes: ['determiner'],
      number: true,
      words: [
        'past',
        'last',
        'next',
        'first',
        'two',
        'three',
        'four',
        'five',
        'ten',
        'long',
        'short',
        'whole',
        'entire',
      ],
    },
    glosses: ['selama'],
    examples: ['It rained [for] three days', 'He waited [for] the past 10 years', 'They stayed [for] long'],
    counterExamples: ['A gift [for] the children'],
  },
  // like: the verb after a subject or an auxiliary
  {
    words: ['like'],
    before: { words: ['i', 'you', 'we', 'they', 'would', "'d", 'do', "don't", "didn't", 'really'] },
    glosses: ['suka', 'menyukai'],
    examples: ['I [like] onions', 'They would [like] to come'],
    counterExamples: ['It looks [like] rain'],
  },
  // one of, most of
  {
    words: ['one'],
    after: { words: ['of'] },
    glosses: ['salah satu'],
    examples: ['It is [one] of the oldest towns'],
  },
  {
    words: ['most'],
    after: { words: ['of'] },
    glosses: ['sebagian besar', 'kebanyakan'],
    examples: ['Converting [most] of the population'],
  },
  // no + a noun: there is none
  {
    words: ['no'],
    after: { pos: ['noun', 'adj'], classes: ['determiner'], inflected: { pos: 'noun', endings: ['s'] } },
    glosses: ['tidak ada', 'tanpa'],
    examples: ['There is [no] official format', 'They had [no] choice'],
  },
  // can: the noun after a determiner
  {
    words: ['can'],
    before: { classes: ['article'] },
    glosses: ['kaleng'],
    examples: ['He opened a [can] of beans'],
    counterExamples: ['You [can] experiment with it', 'This [can] happen if the queue is full'],
  },
  // in, on + a date: "pada"
  {
    words: ['in', 'on'],
    after: { number: true, classes: ['month'] },
    glosses: ['pada'],
    examples: [
      'The provinces were abolished [in] 1876',
      'Court at The Hague [on] April 1',
      'It opened [on] Saturday',
    ],
    counterExamples: ['Spend a day [in] the park'],
  },
  // as before a clause: while, because
  {
    words: ['as'],
    before: {
      unless: {
        words: ['such', 'so', 'same', 'well', 'known', 'as', 'far', 'long', 'much', 'soon', 'fast', 'many'],
      },
      none: true,
      pos: ['noun', 'verb', 'adj'],
      classes: ['pronoun'],
      inflected: { pos: 'verb', endings: ['s', 'ed'] },
    },
    after: { words: ['i', 'you', 'he', 'she', 'we', 'they', 'it'] },
    glosses: ['ketika', 'saat', 'karena'],
    examples: ['[As] they headed toward the planet', 'Netanyahu reacts [as] he visits the Western Wall'],
    counterExamples: ['Explore the web [as] a medium', 'As far [as] I can tell'],
  },
  // early, late + a date: its beginning, its end
  {
    words: ['early'],
    after: { number: true, classes: ['month'] },
    glosses: ['awal'],
    examples: ['It opened in [early] 2009'],
  },
  {
    words: ['late'],
    after: { number: true, classes: ['month'] },
    glosses: ['akhir'],
    examples: ['Back to 7 in [late] 2009'],
    counterExamples: ['The train was [late] again'],
  },
  // "Retrieved <date>" of a citation: when the page was read
  {
    words: ['retrieved'],
    after: { number: true, classes: ['month'] },
    glosses: ['diakses', 'diambil'],
    examples: ['[Retrieved] 9 January 2011', '[Retrieved] March 3 2020'],
  },
  // just before a participle: it has only now happened
  {
    words: ['just'],
    after: PARTICIPLE,
    glosses: ['baru saja', 'baru'],
    examples: ['The ministry has [just] announced it'],
  },
  // Any verb's participle after an auxiliary, and its irregular past after a subject, reads as the
  // verb: had [given] is memberi (not kecenderungan, "a given"), they [found] is menemukan (not
  // mendirikan, "to found").
  {
    word: { ...PARTICIPLE, unless: { classes: ['be', 'have', 'do', 'modal'] } },
    before: { classes: ['have', 'be'] },
    lemmaFirst: true,
    examples: ['Alden had [given] half of it away', 'The results were [found] wanting'],
  },
  {
    word: {
      inflected: { pos: 'verb', endings: [], irregular: true },
      unless: { classes: ['be', 'have', 'do', 'modal'] },
    },
    before: { classes: ['subject'] },
    lemmaFirst: true,
    examples: ['They [found] that over time it changed', 'She [saw] the photographs'],
    counterExamples: ['He cut it with a [saw]'],
  },
  // A verb's -ing form after a form of be, and its -ed form after a subject pronoun, is the verb:
  // been [using] is menggunakan (not penganiayaan, "a using"), they [opposed] is menentang.
  {
    word: {
      inflected: { pos: 'verb', endings: ['ing'] },
      unless: { classes: ['be', 'have', 'do', 'modal'] },
    },
    before: { classes: ['be'] },
    lemmaFirst: true,
    examples: ["I've been [using] email since then", 'A mutagen was [spreading]'],
  },
  {
    word: { inflected: { pos: 'verb', endings: ['ed'] }, unless: { classes: ['be', 'have', 'do', 'modal'] } },
    before: { classes: ['subject'] },
    lemmaFirst: true,
    examples: ['They [opposed] the talks'],
  },
];

export const ENGLISH_IN_INDONESIAN: SenseTable = {
  classes: CLOSED_CLASSES,
  skip: {
    words: [
      'not',
      "n't",
      'never',
      'already',
      'also',
      'just',
      'ever',
      'still',
      'always',
      'often',
      'only',
      'even',
      'yet',
      'now',
      'recently',
      'since',
      'then',
      'all',
      'both',
      'really',
      'probably',
      'actually',
      'finally',
      'again',
      'soon',
      'once',
      'first',
    ],
    adverbEndings: ['ly'],
  },
  rules,
};

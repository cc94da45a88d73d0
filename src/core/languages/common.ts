// Facts that belong to no one registered language but turn up in the news of all of them.

/**
 * Lower-case particles inside names from other languages (Osama bin Laden, Vincent van Gogh,
 * Bashar al-Assad): each language's name connectors start from these.
 */
export const FOREIGN_NAME_PARTICLES: readonly string[] = [
  'bin',
  'van',
  'der',
  'den',
  'de',
  'al',
  'el',
  'da',
  'dos',
  'von',
  'ibn',
  'abu',
  'la',
  'le',
];

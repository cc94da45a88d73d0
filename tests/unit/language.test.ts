import { describe, expect, it } from 'vitest';
import { chooseLanguage, primaryLanguage } from '../../src/core/language';

describe('primaryLanguage', () => {
  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['EN_us', 'en'],
    [' en ', 'en'],
    ['in', 'id'],
    ['ind', 'id'],
    ['und', null],
    ['mul', null],
    ['', null],
    [null, null],
    ['x-klingon', null],
    ['english', null],
    ['12', null],
  ])('%j → %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

const sure = (language: string, percentage = 97) => ({
  isReliable: true,
  languages: [{ language, percentage }],
});

describe('chooseLanguage', () => {
  it('believes <html lang> when nothing contradicts it', () => {
    expect(chooseLanguage({ htmlLang: 'id-ID', detected: null })).toEqual({ lang: 'id', source: 'html' });
  });

  it('falls back to content-language metadata, then to the detector', () => {
    expect(chooseLanguage({ htmlLang: '', metaLang: 'en-GB' })).toEqual({ lang: 'en', source: 'meta' });
    expect(chooseLanguage({ htmlLang: null, detected: sure('id') })).toEqual({
      lang: 'id',
      source: 'detected',
    });
  });

  it('lets a reliable detector overrule a template that declares the wrong language', () => {
    expect(chooseLanguage({ htmlLang: 'en', detected: sure('id') })).toEqual({
      lang: 'id',
      source: 'detected',
    });
  });

  it('does not let a detector turn declared Indonesian into Malay', () => {
    expect(chooseLanguage({ htmlLang: 'id', detected: sure('ms') })).toEqual({ lang: 'id', source: 'html' });
  });

  it('ignores an unreliable or weak detection', () => {
    expect(
      chooseLanguage({
        htmlLang: 'en',
        detected: { isReliable: false, languages: [{ language: 'id', percentage: 99 }] },
      }),
    ).toEqual({
      lang: 'en',
      source: 'html',
    });
    expect(chooseLanguage({ detected: sure('id', 40) })).toEqual({ lang: 'und', source: 'unknown' });
    expect(chooseLanguage({})).toEqual({ lang: 'und', source: 'unknown' });
  });
});

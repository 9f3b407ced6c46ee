/**
 * The table of British and American spellings the build writes for search
 * (`src/lib/spelling-variants.ts`), and the file itself from the content.
 */
import { describe, expect, test } from 'vitest';
import { otherSpellings, searchTexts, spellingTable, textValues, wordsOf } from '../../src/lib/spelling-variants.ts';
import { en } from '../../src/i18n/en.ts';
import { VALID_FIXTURE, loadGraph } from './helpers.ts';

describe('otherSpellings', () => {
  test.each([
    ['organisation', ['organization']],
    ['organisations', ['organizations']],
    ['organised', ['organized']],
    ['digitisation', ['digitization']],
    ['analyse', ['analyze']],
    ['centre', ['center']],
    ['centres', ['centers']],
    ['metre', ['meter']],
    ['colour', ['color']],
    ['labour', ['labor']],
    ['favourite', ['favorite']],
    ['licence', ['license']],
    ['defence', ['defense']],
    ['catalogue', ['catalog']],
    ['travelled', ['traveled']],
    ['modelling', ['modeling']],
    ['enrolment', ['enrollment']],
    ['judgement', ['judgment']],
    ['grey', ['gray']],
  ])('British %s, American %j', (british, american) => {
    expect(otherSpellings(british)).toEqual(american);
    for (const word of american) expect(otherSpellings(word)).toContain(british);
  });

  test('leaves alone short words that only look like a pair, and Vietnamese syllables', () => {
    for (const word of ['four', 'hour', 'your', 'our', 'rise', 'for', 'blog', 'tre', 'ise']) {
      expect(otherSpellings(word), word).toEqual([]);
    }
    const vietnamese = wordsOf('Trung tâm điều hành đô thị thông minh của thành phố Đà Nẵng, nhiều đối tác, hướng dẫn');
    for (const word of vietnamese) expect(otherSpellings(word), word).toEqual([]);
  });
});

describe('spellingTable', () => {
  test('lists the other spelling of each word, unless the texts hold it too', () => {
    const table = spellingTable(['The Intelligent Operations Centre', 'Two centres; organisations.', 'Center Street']);
    expect(table['centres']).toBeUndefined();
    expect(table['centers']).toEqual(['centres']);
    expect(table['organizations']).toEqual(['organisations']);
    // "center" is a word of the texts: it is searched as typed, not listed.
    expect(table['center']).toBeUndefined();
    expect(table['centre']).toBeUndefined();
  });

  test('joins the words one spelling stands for, keys and words sorted', () => {
    const table = spellingTable(['organised', 'organized', 'modelling', 'organisation']);
    expect(Object.keys(table)).toEqual([...Object.keys(table)].sort());
    expect(table).toEqual({ modeling: ['modelling'], organization: ['organisation'] });
  });

  test('reads words in any case and composition', () => {
    expect(spellingTable(['COLOUR'])).toEqual({ color: ['colour'] });
    expect(wordsOf('Đà Nẵng')).toEqual(['đà', 'nẵng']);
  });
});

describe('textValues', () => {
  test('yields the text of nested facts, not identifiers and references', () => {
    const facts = {
      kind: 'opening',
      organizations: ['ubnd-thu-duc', 'vnpt'],
      evidence: [
        {
          supports: ['kind', 'organizations.vnpt'],
          source: 'tin-da-nang',
          quote: 'khai trương Trung tâm Điều hành thông minh (IOC)',
          translation: 'opened the Intelligent Operations Centre (IOC)',
        },
      ],
      date: { year: 2021 },
      name: 'VNPT',
    };
    expect([...textValues(facts)]).toEqual([
      'khai trương Trung tâm Điều hành thông minh (IOC)',
      'opened the Intelligent Operations Centre (IOC)',
      'VNPT',
    ]);
  });
});

describe('searchTexts', () => {
  test("gathers the UI strings without placeholders and each entry's title, summary, body and facts text", async () => {
    const graph = await loadGraph(VALID_FIXTURE);
    const bodies: string[] = [];
    const texts = [...searchTexts(graph, 'en', (key) => (bodies.push(key), `body of ${key}`))];
    expect(texts).toContain('Test plan');
    expect(texts).toContain('A made-up document in the test data.');
    expect(bodies).toHaveLength(graph.all().length);
    for (const key of bodies) expect(texts).toContain(`body of ${key}`);
    expect(texts).toContain(en['site.name']);
    expect(texts.some((text) => /\{\w+\}/u.test(text))).toBe(false);
  });
});

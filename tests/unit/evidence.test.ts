import { describe, expect, test } from 'vitest';
import { checkEvidence, claimsOf, evidenceOf, targetOf } from '../../src/lib/evidence.ts';

const ref = (id: string) => ({ collection: 'x', id });
const excerpt = (supports: string[], extra: Record<string, unknown> = {}) => ({
  supports,
  source: ref('nguon'),
  quote: 'Cuối tháng 4-2022, UBND huyện Hòa Vang ký kết biên bản',
  ...extra,
});
const partnership = (over: Record<string, unknown> = {}) => ({
  kind: 'memorandum',
  partners: [ref('vnpt')],
  counterparts: [ref('ubnd')],
  localities: [ref('hoa-vang')],
  period: '2022/2026',
  status: 'signed',
  themes: [ref('chinh-quyen-so')],
  people: [],
  documents: [],
  figures: [],
  sources: [ref('nguon')],
  evidence: [
    excerpt([
      'kind',
      'period',
      'status',
      'partners.vnpt',
      'counterparts.ubnd',
      'localities.hoa-vang',
      'themes.chinh-quyen-so',
    ]),
  ],
  ...over,
});
const listed = new Set(['nguon']);
const fields = (facts: Record<string, unknown>, collection: Parameters<typeof checkEvidence>[0] = 'partnerships') =>
  checkEvidence(collection, facts, listed).map((p) => p.field);

describe('claimsOf', () => {
  test('returns scalar claims, one claim per reference and one per figure, in display order', () => {
    const facts = partnership({
      figures: [{ value: 11, date: '2023?', source: ref('nguon'), quote: '11 xã' }],
    });
    expect(claimsOf('partnerships', facts).map((c) => c.key)).toEqual([
      'kind',
      'period',
      'status',
      'partners.vnpt',
      'counterparts.ubnd',
      'localities.hoa-vang',
      'themes.chinh-quyen-so',
      'figures[0]',
    ]);
  });

  test('returns not stated for status not-stated and date unknown, uncertain for ? and ~', () => {
    const claims = claimsOf('events', { kind: 'signing', date: 'unknown', places: [] });
    expect(claims.find((c) => c.key === 'date')).toMatchObject({ notStated: true });
    expect(
      claimsOf('partnerships', partnership({ status: 'not-stated' })).find((c) => c.key === 'status'),
    ).toMatchObject({
      notStated: true,
    });
    for (const date of ['2023?', '2019?-07-31', '2021~', '2020/2023?']) {
      expect(claimsOf('events', { kind: 'plan', date }).find((c) => c.key === 'date')?.uncertain, date).toBe(true);
    }
    expect(claimsOf('events', { kind: 'plan', date: '2023-02-20' }).find((c) => c.key === 'date')?.uncertain).toBe(
      false,
    );
  });

  test('returns an organisation’s kind, acronym, parent and places', () => {
    const keys = claimsOf('organizations', { kind: 'company', parent: ref('vnpt'), places: [ref('da-nang')] });
    expect(keys.map((c) => c.key)).toEqual(['kind', 'parent', 'places.da-nang']);
  });
});

describe('checkEvidence', () => {
  test('returns nothing when every claim has evidence from a listed source', () => {
    expect(checkEvidence('partnerships', partnership(), listed)).toEqual([]);
  });

  test('returns each claim without evidence, with the fix', () => {
    const problems = checkEvidence('partnerships', partnership({ evidence: [excerpt(['kind'])] }), listed);
    expect(problems.map((p) => p.field)).toEqual([
      'period',
      'status',
      'partners.vnpt',
      'counterparts.ubnd',
      'localities.hoa-vang',
      'themes.chinh-quyen-so',
    ]);
    expect(problems[1]?.message).toMatch(/has no evidence\. Fix: .*write `status: not-stated`/);
    expect(problems[0]?.message).toMatch(/write `period: unknown`/);
  });

  test('returns nothing for a claim recorded as not stated, and refuses evidence for it', () => {
    expect(
      fields(
        partnership({
          status: 'not-stated',
          evidence: [excerpt(partnership().evidence[0]!.supports.filter((k) => k !== 'status'))],
        }),
      ),
    ).toEqual([]);
    const problems = checkEvidence('partnerships', partnership({ status: 'not-stated' }), listed);
    expect(problems).toEqual([expect.objectContaining({ field: 'evidence[0].supports' })]);
    expect(problems[0]?.message).toMatch(/recorded as not stated/);
  });

  test('returns evidence from a source the entry does not list', () => {
    const facts = partnership();
    facts.evidence[0]!.source = ref('nguon-khac');
    const problems = checkEvidence('partnerships', facts, listed);
    expect(problems).toEqual([expect.objectContaining({ field: 'evidence[0].source' })]);
    expect(problems[0]?.message).toMatch(/does not list\. Fix: add "nguon-khac" to `sources:`/);
  });

  test('returns an excerpt over 20 words, and accepts 20', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');
    const at = (n: number) => {
      const facts = partnership();
      facts.evidence[0]!.quote = words(n);
      return fields(facts);
    };
    expect(at(20)).toEqual([]);
    expect(at(21)).toEqual(['evidence[0].quote']);
  });

  test('returns a claim key that the entry does not make, with the closest one', () => {
    const facts = partnership();
    facts.evidence.push(excerpt(['partners.vnp']));
    const problems = checkEvidence('partnerships', facts, listed);
    expect(problems.map((p) => p.field)).toEqual(['evidence[1].supports']);
    expect(problems[0]?.message).toMatch(/"partners\.vnp" is not a claim.*Did you mean "partners\.vnpt"/);
  });

  test('returns an uncertain date without an inferred note, and an inferred date written as certain', () => {
    const event = (date: string, inferred?: object) => ({
      kind: 'plan',
      date,
      sources: [ref('nguon')],
      evidence: [excerpt(['kind', 'date'], inferred ? { inferred } : {})],
    });
    const note = { vi: 'Năm suy ra từ bản tin.', en: 'The year is inferred from the report.' };
    expect(fields(event('2023?-02-20'), 'events')).toEqual(['date']);
    expect(fields(event('2023?-02-20', note), 'events')).toEqual([]);
    const certain = checkEvidence('events', event('2023-02-20', note), listed);
    expect(certain.map((p) => p.field)).toEqual(['date']);
    expect(certain[0]?.message).toMatch(/mark the inferred part with \?/);
  });

  test('returns a figure or role without a note for its uncertain date, and evidence-list items naming them', () => {
    const figure = { value: 11, date: '2023?', source: ref('nguon'), quote: '11 xã' };
    expect(fields(partnership({ figures: [figure] }))).toEqual(['figures[0].inferred']);
    expect(fields(partnership({ figures: [{ ...figure, inferred: { vi: 'a', en: 'b' } }] }))).toEqual([]);
    const named = partnership({ figures: [{ ...figure, date: '2023' }] });
    named.evidence.push(excerpt(['figures[0]']));
    expect(fields(named)).toEqual(['evidence[1].supports']);
  });

  test('returns nothing for a reference to an entry that does not exist: the unknown id is reported once, elsewhere', () => {
    const facts = partnership({
      evidence: [
        excerpt(['kind', 'period', 'status', 'counterparts.ubnd', 'localities.hoa-vang', 'themes.chinh-quyen-so']),
      ],
    });
    const exists = (_: string, id: string) => id !== 'vnpt';
    expect(checkEvidence('partnerships', facts, listed, exists)).toEqual([]);
    expect(checkEvidence('partnerships', facts, listed).map((p) => p.field)).toEqual(['partners.vnpt']);
  });

  test("returns a source's date evidence quoting another source", () => {
    const source = { published: '2020-10-07', evidence: [excerpt(['published'])] };
    expect(checkEvidence('sources', source, new Set(['nguon']))).toEqual([]);
    expect(checkEvidence('sources', source, new Set(['ban-tin'])).map((p) => p.message)).toEqual([
      expect.stringMatching(/must quote the source itself \("ban-tin"\)/),
    ]);
  });

  test('returns a parent without evidence with the reference-source hint', () => {
    const problems = checkEvidence(
      'places',
      { level: 'district', parent: ref('da-nang'), evidence: [excerpt(['level'])] },
      listed,
    );
    expect(problems.map((p) => p.field)).toEqual(['parent']);
    expect(problems[0]?.message).toMatch(/delete the line.*`type: reference`/);
  });
});

describe('evidenceOf', () => {
  test('returns each claim with its excerpts; not-stated claims have none; figures their own', () => {
    const figure = { value: 11, date: '2023', source: ref('nguon'), quote: '11 xã' };
    const joined = evidenceOf('partnerships', partnership({ status: 'not-stated', figures: [figure] }));
    expect(joined.find((c) => c.claim.key === 'status')?.items).toEqual([]);
    expect(joined.find((c) => c.claim.key === 'kind')?.items).toHaveLength(1);
    expect(joined.find((c) => c.claim.key === 'figures[0]')?.items).toEqual([figure]);
  });
});

describe('targetOf', () => {
  test('returns the collection of a reference field, the own collection for parent, null otherwise', () => {
    expect(targetOf('partnerships', 'counterparts')).toBe('organizations');
    expect(targetOf('places', 'parent')).toBe('places');
    expect(targetOf('events', 'date')).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { QUERY_SLOT as ELEMENT_SLOT } from '../../src/components/timeline/view-state.ts';
import type { AnyEntry } from '../../src/lib/model.ts';
import { CARD_EMBED_HEIGHT, embedOffer, iframeCode, partiesOf, partyNames, QUERY_SLOT } from '../../src/lib/share.ts';
import { sampleRecord } from './sample-record.ts';

const graph = sampleRecord();
const get = (collection: AnyEntry['collection'], id: string) => graph.get(collection, id) as AnyEntry;

describe('partiesOf', () => {
  test('returns a partnership’s partners, then its counterparts, with their labels and links', () => {
    const groups = partiesOf(graph, get('partnerships', 'hoa-vang-vnpt'), 'en');
    expect(groups.map((g) => g.label)).toEqual(['Technology partners', 'Local counterparts']);
    expect(groups[0]?.links.map((l) => l.href)).toEqual(['/en/organizations/vnpt-da-nang/']);
    expect(groups[1]?.links.map((l) => l.id)).toEqual(['ubnd-hoa-vang']);
  });
  test('returns an event’s organisations in the page’s language', () => {
    const groups = partiesOf(graph, get('events', 'ky-ket'), 'vi');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.label).toBe('Tổ chức');
    expect(groups[0]?.links[0]?.href).toBe('/vi/to-chuc/ubnd-hoa-vang/');
  });
  test('leaves out empty groups and collections without parties', () => {
    expect(partiesOf(graph, get('events', 'chua-ro-ngay'), 'en')).toEqual([]);
    expect(partiesOf(graph, get('places', 'hoa-vang'), 'en')).toEqual([]);
    expect(partiesOf(graph, get('themes', 'ky-nang-so'), 'en')).toEqual([]);
  });
});

describe('partyNames', () => {
  test('returns short names, partners first', () => {
    expect(partyNames(graph, get('partnerships', 'hoa-vang-vnpt'), 'vi')).toEqual([
      'VNPT Đà Nẵng',
      'UBND huyện Hòa Vang',
    ]);
    expect(partyNames(graph, get('events', 'dao-tao'), 'en')).toEqual(['VNPT']);
  });
});

describe('iframeCode', () => {
  test('returns a titled, borderless, lazily loaded frame of the given height', () => {
    expect(iframeCode('https://example.org/en/embed/timeline/', 'Timeline', 640)).toBe(
      '<iframe src="https://example.org/en/embed/timeline/" title="Timeline" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
  test('escapes what would end an attribute or start markup', () => {
    const code = iframeCode('https://x.org/?a=1&b=2', 'Say "hi" <b>', 10);
    expect(code).toContain('src="https://x.org/?a=1&amp;b=2"');
    expect(code).toContain('title="Say &quot;hi&quot; &lt;b&gt;"');
  });
});

describe('embedOffer', () => {
  test('returns the card’s path and absolute URL, and code that frames that URL', () => {
    const offer = embedOffer(get('events', 'ky-ket'), 'en', 'Hòa Vang signs', 'https://example.org');
    expect(offer.path).toBe('/en/embed/events/ky-ket/');
    expect(offer.url).toBe('https://example.org/en/embed/events/ky-ket/');
    expect(offer.code).toContain(`src="${offer.url}"`);
    expect(offer.code).toContain(`height="${CARD_EMBED_HEIGHT}"`);
    expect(offer.code).toContain('title="Hòa Vang signs — Vietnam Digital Partnerships"');
  });
});

describe('QUERY_SLOT', () => {
  test('is the slot the timeline element fills', () => {
    expect(QUERY_SLOT).toBe(ELEMENT_SLOT);
  });
});

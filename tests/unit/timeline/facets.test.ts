import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/build-timeline.ts';
import { NO_GROUP } from '../../../src/lib/timeline/facets.ts';
import type { TimelineItem } from '../../../src/lib/timeline/types.ts';
import { sampleGraph } from './sample.ts';

describe('facetsOf / timelineGroups / facetOptions', () => {
  const en = buildTimeline(sampleGraph(), 'en');
  const item = (id: string) => en.items.find((i) => i.id === id) as TimelineItem;

  test('returns lanes by province-level locality and by partner company', () => {
    expect(item('partnerships/hop-tac-ky').groups).toEqual({ locality: ['tinh'], partner: ['cong-ty'] });
    expect(item('events/cuoi-thang').groups.partner).toEqual(['cong-ty']);
    expect(item('events/thang').groups.partner).toEqual([NO_GROUP]);
    expect(en.groups.partner.map((g) => g.id)).toEqual(['cong-ty', NO_GROUP]);
    expect(en.groups.locality.map((g) => g.id)).toEqual(['thanh-pho', 'tinh']);
  });
  test('returns filter keys with parent places and partnership themes', () => {
    expect(item('events/ngay').facets).toEqual({ theme: ['chu-de'], partner: ['cong-ty'], place: ['huyen', 'tinh'] });
    expect(en.facets.place).toEqual([
      { id: 'thanh-pho', label: 'thanh-pho en', parent: null },
      { id: 'tinh', label: 'tinh en', parent: null },
      { id: 'huyen', label: 'huyen en', parent: 'tinh' },
    ]);
  });
});

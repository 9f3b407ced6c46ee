/**
 * UI strings of the timeline, both languages. Merged into the dictionaries by
 * `en.ts` and `vi.ts`; English keys define the type.
 */
const en = {
  'timeline.title': 'Timeline',
} as const;

const vi = {
  'timeline.title': 'Dòng thời gian',
} as const satisfies Record<keyof typeof en, string>;

export const timelineStrings = { en, vi };

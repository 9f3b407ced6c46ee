/**
 * What the timeline needs from a language to label its axis, and the labels
 * both languages share: below a month they are numbers and times.
 */
import type { TimelineFormatOption } from 'vis-timeline/esnext';

export interface AxisLocale {
  /** moment.js locale id. */
  moment: string;
  maxMinorChars: number;
  format: TimelineFormatOption;
  /** Shorter month labels for narrow screens, where the long ones would leave the axis bare. */
  compact?: { maxMinorChars: number; format: TimelineFormatOption };
}

/** Minor labels from milliseconds to weeks, the same in Vietnamese and English. */
export const NUMERIC_MINOR_LABELS = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'D',
  day: 'D',
  week: 'w',
} as const;

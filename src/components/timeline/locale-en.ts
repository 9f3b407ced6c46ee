/**
 * English (British) for vis-timeline: moment's `en-gb` locale and axis
 * formats. Imported only by pages in English.
 */
import 'moment/dist/locale/en-gb.js';
import type { TimelineFormatOption } from 'vis-timeline/esnext';

/** What the timeline needs from a language to label its axis. */
export interface AxisLocale {
  /** moment.js locale id. */
  moment: string;
  maxMinorChars: number;
  format: TimelineFormatOption;
  /** Shorter month labels for narrow screens, where the long ones would leave the axis bare. */
  compact?: { maxMinorChars: number; format: TimelineFormatOption };
}

export const axisLocale: AxisLocale = {
  moment: 'en-gb',
  maxMinorChars: 7,
  format: {
    minorLabels: {
      millisecond: 'SSS',
      second: 's',
      minute: 'HH:mm',
      hour: 'HH:mm',
      weekday: 'D',
      day: 'D',
      week: 'w',
      month: 'MMM',
      year: 'YYYY',
    },
    majorLabels: {
      millisecond: 'HH:mm:ss',
      second: 'D MMMM HH:mm',
      minute: 'D MMMM',
      hour: 'D MMMM',
      weekday: 'MMMM YYYY',
      day: 'MMMM YYYY',
      week: 'MMMM YYYY',
      month: 'YYYY',
      year: '',
    },
  },
};

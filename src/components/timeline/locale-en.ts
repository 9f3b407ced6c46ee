/**
 * English (British) for vis-timeline: moment's `en-gb` locale and axis
 * formats. Imported only by pages in English.
 */
import 'moment/dist/locale/en-gb.js';
import { NUMERIC_MINOR_LABELS, type AxisLocale } from './axis-locale.ts';

export const axisLocale: AxisLocale = {
  moment: 'en-gb',
  maxMinorChars: 7,
  format: {
    minorLabels: {
      ...NUMERIC_MINOR_LABELS,
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

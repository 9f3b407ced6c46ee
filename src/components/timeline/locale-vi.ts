/**
 * Vietnamese for vis-timeline, which ships none: moment's `vi` locale (month
 * names "tháng 1"…"tháng 12") and axis formats in Vietnamese order
 * ("tháng 4 năm 2022"). Imported only by pages in Vietnamese.
 */
import 'moment/dist/locale/vi.js';
import { NUMERIC_MINOR_LABELS, type AxisLocale } from './axis-locale.ts';

const minorLabels = {
  ...NUMERIC_MINOR_LABELS,
  month: 'MMMM',
  year: 'YYYY',
};

const majorLabels = {
  millisecond: 'HH:mm:ss',
  second: 'D MMMM HH:mm',
  minute: 'D MMMM',
  hour: 'D MMMM',
  weekday: 'MMMM [năm] YYYY',
  day: 'MMMM [năm] YYYY',
  week: 'MMMM [năm] YYYY',
  month: '[năm] YYYY',
  year: '',
};

export const axisLocale: AxisLocale = {
  moment: 'vi',
  // "tháng 12" is eight characters; vis spaces minor labels by this count.
  maxMinorChars: 8,
  format: { minorLabels, majorLabels },
  // "Thg 4", the abbreviation Vietnamese calendars use, when "tháng 4" does not fit.
  compact: { maxMinorChars: 5, format: { minorLabels: { ...minorLabels, month: '[Thg] M' }, majorLabels } },
};

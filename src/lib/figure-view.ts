/** A figure as a reader sees it, wherever it is shown: the entry page and the home page. */
import { formatNumber } from '../i18n/ui.ts';
import { parseWhen } from '../core/dates.ts';
import type { Lang } from '../core/vocabulary.ts';
import { timeView, type TimeView } from './links.ts';
import type { Entry } from './model.ts';

/** A figure as the facts hold it (partnerships, events and places carry them). */
export type Figure = Entry<'partnerships'>['facts']['figures'][number];

/** A figure's number in words, what it counts, and the date it was true at. */
export interface FigureView {
  value: string;
  label: string;
  asOf: TimeView;
}

/**
 * A figure's value in the reader's convention.
 * @example formatFigure(1920, 'count', 'vi') // '1.920'
 * @example formatFigure(8000, 'm2', 'en') // '8,000 m²'
 */
export function formatFigure(value: number, unit: Figure['unit'], lang: Lang): string {
  if (unit === 'percent') return formatNumber(value / 100, lang, { style: 'percent', maximumFractionDigits: 1 });
  const number = formatNumber(value, lang);
  return unit === 'm2' ? `${number} m²` : number;
}

/**
 * A figure as shown: its formatted value, its label in the reader's language and its as-of date.
 * @example figureView({ value: 1920, unit: 'count', label, date: '2022-04', … }, 'en') // { value: '1,920', label: '…', asOf: { text: 'April 2022', … } }
 */
export function figureView(figure: Figure, lang: Lang): FigureView {
  return {
    value: formatFigure(figure.value, figure.unit, lang),
    label: figure.label[lang],
    asOf: timeView(parseWhen(figure.date, figure.datePart ?? null), lang) as TimeView,
  };
}

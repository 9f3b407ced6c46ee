/**
 * Dates as the sources give them: EDTF (ISO 8601-2) strings parsed by the
 * `edtf` library, an optional part of the month (early, mid, late) that EDTF
 * cannot express, or the explicit value `unknown`.
 *
 * Every date becomes a `When`: its bounds (first and last millisecond, UTC)
 * drive sorting, timelines and range checks; its precision drives wording.
 * Nothing here makes a date more precise than its string.
 *
 * Parsing only: imports nothing of the project, so the schemas can use it.
 * Dates in words are `src/lib/date-format.ts`.
 */
import edtf, { parse, type ExtDate, type ParsedDate } from 'edtf';

export const UNKNOWN = 'unknown';
export const DATE_PARTS = ['early', 'mid', 'late'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type Precision = 'day' | 'month' | 'year';

/** A single date (possibly with a part of the month). */
export interface WhenDate {
  kind: 'date';
  edtf: string;
  precision: Precision;
  part: DatePart | null;
  /** First millisecond covered, UTC. */
  start: number;
  /** Last millisecond covered, UTC. */
  end: number;
  yearUncertain: boolean;
  uncertain: boolean;
  approximate: boolean;
}

/** A period; either end may be open (`..`) or unknown (empty). */
export interface WhenInterval {
  kind: 'interval';
  edtf: string;
  lower: WhenDate | null;
  upper: WhenDate | null;
  start: number | null;
  end: number | null;
}

export interface WhenUnknown {
  kind: 'unknown';
  edtf: typeof UNKNOWN;
  start: null;
  end: null;
}

export type When = WhenDate | WhenInterval | WhenUnknown;

/** Why a date string was refused, with the fix an editor should make. */
export class DateError extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = 'DateError';
    this.fix = fix;
  }
}

const FORMS =
  'Use one of the allowed forms: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-10-05); a period YYYY/YYYY (e.g. 2021/2025) ' +
  'or an open one (e.g. 2020-10-05/..); ? after a part that is uncertain or inferred (2021?, 2019?-07-31); or unknown.';

const PART_DAYS: Record<DatePart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
const DAY_MS = 86_400_000;

/**
 * Parses an EDTF string, with an optional part of the month.
 * @throws DateError for anything that is not a supported EDTF form.
 * @example parseWhen('2022-04', 'late') // { kind: 'date', precision: 'month', part: 'late', … }
 */
export function parseWhen(input: string, part: DatePart | null = null): When {
  // Every page formats many dates; EDTF parsing (a full grammar) is the costly part.
  const key = `${input}|${part ?? ''}`;
  const cached = PARSED.get(key);
  if (cached) return cached;
  const when = Object.freeze(parseUncached(input, part)) as When;
  PARSED.set(key, when);
  return when;
}

const PARSED = new Map<string, When>();

function parseUncached(input: string, part: DatePart | null): When {
  if (input === UNKNOWN) {
    if (part) throw new DateError(`"${part}" cannot qualify an unknown date.`, 'Remove datePart.');
    return { kind: 'unknown', edtf: UNKNOWN, start: null, end: null };
  }
  checkForm(input);
  let parsed;
  try {
    parsed = parse(input);
  } catch {
    throw new DateError(`"${input}" is not a valid EDTF date.`, FORMS);
  }
  if (parsed.type === 'Interval') {
    if (part) throw new DateError('datePart applies to a single month, not to a period.', 'Remove datePart.');
    return intervalFrom(input, parsed.values);
  }
  return dateFrom(input, parsed, part);
}

/**
 * The single dates this site uses: YYYY, YYYY-MM, YYYY-MM-DD, each part optionally
 * qualified as uncertain (?), approximate (~) or both (%): `2021?`, `2019?-07-31` (the year inferred).
 */
const DATE_FORM = /^(\d{4})[?~%]?(?:-(\d{2})[?~%]?(?:-(\d{2})[?~%]?)?)?$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Refuses every string that is not one of the forms in FORMS, naming the
 * form found, and every day that is not on the calendar (30 February,
 * 31 April, 29 February outside leap years), which date libraries would
 * otherwise roll over into the next month.
 * @example checkForm('2021/2025') // passes
 * @example checkForm('2021-02-29') // throws: February 2021 has 28 days
 */
function checkForm(input: string): void {
  const ends = input.split('/');
  if (ends.length > 2) throw new DateError(unsupported(input, input), FORMS);
  for (const end of ends) {
    if (ends.length === 2 && (end === '' || end === '..')) continue;
    const match = DATE_FORM.exec(end);
    if (!match) throw new DateError(unsupported(input, end), FORMS);
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    if (match[2] !== undefined && (month < 1 || month > 12)) {
      const season =
        month >= 21 && month <= 41 ? ' (EDTF writes seasons and quarters as 21–41; this site does not use them)' : '';
      throw new DateError(`"${input}" has month ${match[2]}: months run from 01 to 12${season}.`, FORMS);
    }
    if (match[3] === undefined) continue;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) {
      throw new DateError(
        `"${input}" is not a day of the calendar: ${MONTH_NAMES[month - 1]} ${year} has ${days} days.`,
        'Check the day against the source; if the source gives no exact day, write YYYY-MM instead of YYYY-MM-DD.',
      );
    }
  }
  if (ends.length === 2 && ends.every((end) => end === '' || end === '..')) {
    throw new DateError(`"${input}" is a period without a start or an end.`, FORMS);
  }
}

/** The message for a string (or one end of a period) in an unsupported form. */
function unsupported(input: string, part: string): string {
  const form = describeForm(part);
  return form ? `"${input}" is ${form}, a form this site does not use.` : `"${input}" is not a date.`;
}

/** What a refused date string looks like, in an editor's words, or null when it looks like no date at all. */
function describeForm(text: string): string | null {
  if (text === '') return 'empty';
  if (/\s/.test(text)) return 'a date with spaces';
  if (/T|\d:\d/.test(text)) return 'a date with a time of day';
  if (/X/i.test(text)) return 'a date with unspecified digits (X)';
  if (/^\[.*\]$/.test(text)) return 'an EDTF set ([…], one of several dates)';
  if (/^\{.*\}$/.test(text)) return 'an EDTF list ({…}, several dates)';
  if (/^-/.test(text)) return 'a year before the common era';
  if (/^Y/.test(text) || /^\d{5,}/.test(text)) return 'a year of more than four digits';
  if (/^\d{1,3}$/.test(text)) return 'a year of fewer than four digits';
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/.test(text)) return 'a day-month-year date';
  return null;
}

function dateFrom(text: string, parsed: ParsedDate, part: DatePart | null): WhenDate {
  if (parsed.type !== 'Date' || !Array.isArray(parsed.values)) {
    throw new DateError(`"${text}" is an EDTF ${parsed.type}, which this site does not use.`, FORMS);
  }
  const date = edtf(parsed) as ExtDate;
  const precision: Precision = (['year', 'month', 'day'] as const)[parsed.values.length - 1] ?? 'year';
  const when: WhenDate = {
    kind: 'date',
    edtf: date.edtf,
    precision,
    part,
    start: date.min,
    end: date.max,
    yearUncertain: Boolean(date.uncertain.is('year')) && precision !== 'year',
    uncertain: Boolean(date.uncertain.value),
    approximate: Boolean(date.approximate.value),
  };
  if (part) {
    if (precision !== 'month') {
      throw new DateError(
        `datePart "${part}" needs a month-precise date (YYYY-MM), but "${text}" is ${precision}-precise.`,
        precision === 'day' ? 'Remove datePart: the day already says more.' : 'Give the month, e.g. 2022-04.',
      );
    }
    const [from, to] = PART_DAYS[part];
    when.start = date.min + (from - 1) * DAY_MS;
    when.end = Math.min(date.max, date.min + to * DAY_MS - 1);
  }
  return when;
}

/** An interval end is a date, `Infinity` for an open end (`..`) or null for an unknown one. */
type End = ParsedDate | number | null;

function intervalFrom(text: string, values: [End, End]): WhenInterval {
  const [lo, hi] = values;
  const lower = typeof lo === 'object' && lo ? dateFrom(text, lo, null) : null;
  const upper = typeof hi === 'object' && hi ? dateFrom(text, hi, null) : null;
  if (lower && upper && upper.end < lower.start) {
    throw new DateError(
      `The period "${text}" ends before it starts.`,
      `Swap the two dates: ${upper.edtf}/${lower.edtf}.`,
    );
  }
  return { kind: 'interval', edtf: text, lower, upper, start: lower?.start ?? null, end: upper?.end ?? null };
}

/** Like `parseWhen`, but returns `null` instead of throwing. */
export function tryParseWhen(input: string, part: DatePart | null = null): When | null {
  try {
    return parseWhen(input, part);
  } catch {
    return null;
  }
}

/**
 * Chronological order: by start, then by end; open or unknown starts go last.
 * Stable for equal dates, so callers add their own tie-breaker.
 */
export function compareWhen(a: When, b: When): number {
  const as = a.start ?? Number.POSITIVE_INFINITY;
  const bs = b.start ?? Number.POSITIVE_INFINITY;
  if (as !== bs) return as < bs ? -1 : 1;
  const ae = a.end ?? Number.POSITIVE_INFINITY;
  const be = b.end ?? Number.POSITIVE_INFINITY;
  return ae === be ? 0 : ae < be ? -1 : 1;
}

/**
 * Whether `inner` can lie within `outer`. Unknown and open bounds never fail:
 * the check only refuses what the sources make impossible.
 */
export function fitsWithin(inner: When, outer: When): boolean {
  if (inner.start !== null && outer.end !== null && inner.start > outer.end) return false;
  if (inner.end !== null && outer.start !== null && inner.end < outer.start) return false;
  return true;
}

/** The year a date falls in, when its start is known. */
export function yearOf(when: When): number | null {
  return when.start === null ? null : new Date(when.start).getUTCFullYear();
}

/** ISO calendar day (YYYY-MM-DD) of a millisecond bound. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The value for a `<time datetime>` attribute, at the date's own precision. */
export function machineDate(when: When): string | null {
  if (when.kind === 'unknown') return null;
  if (when.kind === 'interval') {
    const lower = when.lower ? machineDate(when.lower) : null;
    const upper = when.upper ? machineDate(when.upper) : null;
    // HTML has no interval syntax; the start is the useful machine value.
    return lower ?? upper;
  }
  const iso = isoDay(when.start);
  return when.precision === 'day' ? iso : when.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** How precise a date is, as a key for UI wording and CSS classes. */
export function precisionOf(when: When): 'day' | 'part' | 'month' | 'year' | 'interval' | 'unknown' {
  if (when.kind !== 'date') return when.kind;
  return when.part ? 'part' : when.precision;
}

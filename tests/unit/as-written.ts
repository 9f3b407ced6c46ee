/**
 * Compares a value as an editor wrote it (a facts.yaml parsed without
 * conversions, `src/lib/yaml.ts`) with the value the site publishes in
 * `dataset.json`. The documented normalization, and nothing else:
 *
 * 1. references are written and exported as ids;
 * 2. a year written as a bare whole number (`date: 2021`) is exported as the
 *    EDTF text of the same digits (`"2021"`);
 * 3. a field left out is exported with its schema default: an empty list,
 *    `unit: count` for a figure, `status: not-stated` for a partnership,
 *    `type: news` for a source.
 *
 * Every other difference (a changed date, number, text, a lost or added
 * item) is reported.
 */
import { isDeepStrictEqual } from 'node:util';

/** The fields that hold EDTF dates. */
const DATE_FIELDS = new Set(['date', 'period', 'published']);

const isDefault = (key: string, value: unknown) =>
  (Array.isArray(value) && value.length === 0) ||
  (key === 'unit' && value === 'count') ||
  (key === 'status' && value === 'not-stated') ||
  (key === 'type' && value === 'news');

/** Differences between the written and the exported value, as "path: written → exported" lines. */
export function differencesFromWritten(written: unknown, exported: unknown, path = ''): string[] {
  const here = path || '(root)';
  const key = path.split('.').at(-1) ?? '';
  if (typeof written === 'number' && typeof exported === 'string' && DATE_FIELDS.has(key)) {
    return Number.isInteger(written) && String(written) === exported ? [] : [`${here}: ${written} → "${exported}"`];
  }
  if (Array.isArray(written)) {
    if (!Array.isArray(exported) || exported.length !== written.length) {
      return [`${here}: ${JSON.stringify(written).slice(0, 80)} → ${JSON.stringify(exported)?.slice(0, 80)}`];
    }
    return written.flatMap((item, i) => differencesFromWritten(item, exported[i], `${path}[${i}]`));
  }
  if (written && typeof written === 'object') {
    if (!exported || typeof exported !== 'object' || Array.isArray(exported))
      return [`${here}: mapping → ${typeof exported}`];
    const out = exported as Record<string, unknown>;
    const keys = Object.keys(written);
    const extra = Object.keys(out).filter((key) => !keys.includes(key) && !isDefault(key, out[key]));
    return [
      ...keys.flatMap((key) =>
        differencesFromWritten((written as Record<string, unknown>)[key], out[key], path ? `${path}.${key}` : key),
      ),
      ...extra.map((key) => `${path ? `${path}.` : ''}${key}: (not written) → ${JSON.stringify(out[key])}`),
    ];
  }
  return isDeepStrictEqual(written, exported)
    ? []
    : [`${here}: ${JSON.stringify(written)} → ${JSON.stringify(exported)}`];
}

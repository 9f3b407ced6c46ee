/**
 * `{name}` placeholders in UI strings. Dependency-free: the build's
 * dictionaries (`i18n/ui.ts`) and the browser's custom elements (timeline,
 * search) fill their strings with this one function.
 */

/** Values for placeholders, by name. */
export type Vars = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; a placeholder without a value stays as written.
 * @example interpolate('from {date}', { date: '2020' }) // 'from 2020'
 * @example interpolate('{a} and {b}', { a: 1 }) // '1 and {b}'
 */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

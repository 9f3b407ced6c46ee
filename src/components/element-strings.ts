/**
 * How a custom element receives its UI strings: one way for all of them (the
 * timeline, the header search box, the search page). The server writes the
 * strings the element needs, from the page's dictionary, as JSON in a
 * `data-strings` attribute (`dataStrings`); the element reads them back
 * (`elementStrings`). An attribute is data, never executed, so the CSP needs
 * no exception and no inline script grows.
 */

/** The value of a `data-strings` attribute. */
export const dataStrings = (strings: Readonly<Record<string, string>>): string => JSON.stringify(strings);

/** The UI strings the server gave an element in its `data-strings` attribute (`{}` when none). */
export function elementStrings<T>(element: HTMLElement): T {
  return JSON.parse(element.dataset['strings'] ?? '{}') as T;
}

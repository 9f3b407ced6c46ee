/**
 * Browser-side gates for one page: console errors, CSP violations and axe
 * (WCAG 2.2 AA) in light and dark colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Starts recording; call before `page.goto`. */
export async function recordProblems(page: Page): Promise<{ console: string[]; csp: () => Promise<string[]> }> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { console, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

export interface AxeSummary {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/** Axe violations in the current colour scheme. `rules` limits the run (e.g. ['color-contrast']). */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeSummary[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (rules) builder = new AxeBuilder({ page }).withRules(rules);
  const { violations } = await builder.analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The accessibility statement: the standard, how it is tested, known limits and where to report a problem. */
import { REPOSITORY_URL } from '../../core/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { newIssueUrl } from '../contribute.ts';
import type { Route } from '../routes.ts';

export interface AccessibilityPageData {
  kind: 'accessibility';
  route: Route & { kind: 'page' };
  /** A new issue in the repository, titled as an accessibility problem. */
  report: string;
  /** The repository's issues. */
  issues: string;
}

export function accessibilityPage(route: Route & { kind: 'page' }): AccessibilityPageData {
  const t = useTranslations(route.lang);
  return {
    kind: 'accessibility',
    route,
    report: newIssueUrl(REPOSITORY_URL, t('accessibility.issueTitle')),
    issues: `${REPOSITORY_URL}/issues`,
  };
}

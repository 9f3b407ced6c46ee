/**
 * Static security gate over built pages: a CSP meta tag on every page whose
 * script-src allows no 'unsafe-inline' or 'unsafe-eval', and no inline event
 * handlers (onclick=…) or javascript: URLs anywhere.
 */
import { readFileSync } from 'node:fs';
import { htmlFiles } from './files.ts';

export interface SecurityProblem {
  file: string;
  reason: string;
}

export function cspOf(html: string): Map<string, string> | null {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return null;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] as string, d] as const),
  );
}

export function securityProblems(dir: string): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const csp = cspOf(html);
    if (!csp) problems.push({ file, reason: 'no Content-Security-Policy meta tag' });
    const scripts = csp?.get('script-src') ?? '';
    if (/'unsafe-inline'|'unsafe-eval'/.test(scripts))
      problems.push({ file, reason: `script-src is too permissive: ${scripts}` });
    if (csp && !csp.get('default-src')) problems.push({ file, reason: 'CSP has no default-src' });
    const handler = /<[a-z][^>]*\s(on[a-z]+)=/i.exec(html);
    if (handler) problems.push({ file, reason: `inline event handler ${handler[1]}` });
    if (/\s(href|src)="javascript:/i.test(html)) problems.push({ file, reason: 'javascript: URL' });
  }
  return problems;
}

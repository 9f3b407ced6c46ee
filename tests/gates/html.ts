/** HTML gate: html-validate over every page, with the project's documented config (.htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFiles } from './files.ts';

export interface HtmlProblem {
  file: string;
  rule: string;
  message: string;
  line: number;
}

export async function htmlProblems(dir: string): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: HtmlProblem[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ file, rule: m.ruleId, message: m.message, line: m.line });
    }
  }
  return problems;
}

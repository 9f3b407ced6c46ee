/**
 * The GitHub Actions workflow cannot run here, so it is linted: validated
 * against GitHub's workflow schema (action-validator), and held to what
 * the README promises of it.
 */
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';

const FILE = '.github/workflows/ci.yml';
const source = readFileSync(FILE, 'utf8');

describe(FILE, () => {
  test('is a valid workflow by the GitHub Actions schema', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  test('the validator rejects a broken workflow (the check can fail)', () => {
    const broken = source.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest');
    expect(broken).not.toBe(source);
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  test('tests pull requests with npm install and npm test, and deploys only from main', () => {
    const workflow = yaml.load(source) as {
      on: Record<string, unknown>;
      jobs: Record<string, { if?: string; steps: { run?: string }[] }>;
    };
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    expect(runs).toContain('npm install');
    expect(runs).toContain('npm test');
    expect(runs.some((run) => run.includes('npm ci'))).toBe(false);
    const deploy = Object.entries(workflow.jobs).filter(([name]) => name !== 'test');
    expect(deploy.length).toBeGreaterThan(0);
    for (const [, job] of deploy) expect(job.if).toMatch(/refs\/heads\/main/);
  });

  test("restores and saves Astro's caches in every job, keyed on the lockfile, configuration and code but not the content", () => {
    const workflow = yaml.load(source) as {
      jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
    };
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const caches = job.steps.filter(
        (step) => step.uses?.startsWith('actions/cache@') && step.with?.path === 'node_modules/.astro',
      );
      expect(caches, name).toHaveLength(1);
      const { key = '', 'restore-keys': restore = '' } = caches[0]!.with!;
      for (const input of ['package-lock.json', 'astro.config.mjs', "'src/**'", "'!src/content/**'"])
        expect(key, name).toContain(input);
      // The newest cache of the same code and configuration is restored; another's never is.
      expect(key.endsWith('-${{ github.sha }}'), name).toBe(true);
      expect(restore, name).toBe(key.replace('${{ github.sha }}', ''));
      // Restored after npm install, before the build.
      const at = job.steps.indexOf(caches[0]!);
      const install = job.steps.findIndex((step) => step.run === 'npm install');
      const build = job.steps.findIndex((step) => /npm (test|run build)/.test(step.run ?? ''));
      expect(install, name).toBeLessThan(at);
      expect(at, name).toBeLessThan(build);
    }
  });

  test('checks out the full history, which "last updated" dates and RSS publication dates are read from', () => {
    const workflow = yaml.load(source) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const checkouts = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.filter((step) => step.uses?.startsWith('actions/checkout@')),
    );
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['fetch-depth']).toBe(0);
  });
});

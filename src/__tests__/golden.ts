/**
 * The golden reports: what the collector builds from each fixture case
 * (jupyterlab_isolation_info/tests/fixtures/<case>/report.json), shared with
 * pytest. Tests take a fresh copy and patch what an edge case needs.
 */
import * as fs from 'fs';
import * as path from 'path';

import type { IExplanation } from '../explain/types';
import { IReport } from '../types';

export type GoldenCase =
  | 'docker-root-seccomp'
  | 'host-root'
  | 'studio-efs-access-point'
  | 'studio-root-remapped'
  | 'studio-sagemaker-user';

const FIXTURES = path.resolve(
  __dirname,
  '..',
  '..',
  'jupyterlab_isolation_info',
  'tests',
  'fixtures'
);

/**
 * A fresh copy of a case's golden report.
 */
export function goldenReport(name: GoldenCase): IReport {
  return JSON.parse(
    fs.readFileSync(path.join(FIXTURES, name, 'report.json'), 'utf8')
  ) as IReport;
}

/**
 * `explain --json` of a root-owned file in the sandbox's home, as
 * sagemaker-user with passwordless sudo (the Galata test's case): a fresh
 * copy.
 */
export function sandboxExplanation(): IExplanation {
  return JSON.parse(
    fs.readFileSync(
      path.join(FIXTURES, 'explain', 'sandbox-root-owned.json'),
      'utf8'
    )
  ) as IExplanation;
}

/**
 * A golden report with a change applied, for the edge cases a test needs.
 */
export function patchedReport(
  name: GoldenCase,
  patch: (report: IReport) => void
): IReport {
  const report = goldenReport(name);
  patch(report);
  return report;
}

/**
 * The route lookups a Studio space gives: every endpoint blocked by a rule.
 * Golden reports check no route (they are built from captured files).
 */
export function blockedAsInStudio(report: IReport): void {
  for (const endpoint of report.endpoints) {
    endpoint.status = 'blocked';
    endpoint.detail =
      'The kernel refuses the route (EINVAL): a blackhole rule.';
    judged(
      report,
      `endpoints[${endpoint.id}].status`,
      'ok',
      'blocked',
      endpoint.detail
    );
  }
}

export const SCHEMA_PATH = path.resolve(
  FIXTURES,
  '..',
  '..',
  'report.schema.json'
);

/**
 * The report schema, as the server serves it at isolation-info/schema.
 */
export function reportSchema(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
}

const SANDBOX_GOLDEN = path.resolve(FIXTURES, '..', 'integration', 'golden');

/**
 * The golden reports of the Studio-like sandbox's configurations, by name.
 */
export function sandboxReports(): Array<[string, IReport]> {
  return fs
    .readdirSync(SANDBOX_GOLDEN)
    .filter(name => name.endsWith('.json'))
    .sort()
    .map(name => [
      name.replace(/\.json$/, ''),
      JSON.parse(fs.readFileSync(path.join(SANDBOX_GOLDEN, name), 'utf8'))
    ]);
}

/**
 * The golden report of one Studio-like sandbox configuration: collected on
 * a machine, so its endpoints were looked up and its summary says so.
 */
export function sandboxReport(name: string): IReport {
  return JSON.parse(
    fs.readFileSync(path.join(SANDBOX_GOLDEN, `${name}.json`), 'utf8')
  ) as IReport;
}

/**
 * Give the fact `key` the collector's judgement `tone` and wording `text`,
 * as the collector would for a report patched by a test.
 */
export function judged(
  report: IReport,
  key: string,
  tone: 'ok' | 'warning' | 'critical' | 'unknown' | 'neutral',
  text: string,
  reason: string | null = null
): void {
  report.tones[key] = { tone, text, reason };
}

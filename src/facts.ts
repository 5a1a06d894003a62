/**
 * The collector's judgement of each fact, looked up by the fact's key. The
 * keys are built as the collector builds them (`fact_key` in
 * collector/summary.py): `home.mode`, `endpoints[imds-ipv4].status`,
 * `walls.runtime_sockets[/var/run/docker.sock].writable`,
 * `mounts[/home/sagemaker-user]` (an item as a whole). Nothing here decides
 * whether a fact is good or bad: a fact with no entry is plain data.
 */
import type { FactTone } from './report.generated';
import { visible } from './escape';
import { IReport } from './types';

export type { FactTone };

/**
 * The key of a fact in the report's `tones`.
 */
export function factKey(
  section: string,
  field: string | null = null,
  identity: string | null = null,
  itemField: string | null = null
): string {
  let key = field === null ? section : `${section}.${field}`;
  if (identity !== null) {
    key += `[${identity}]`;
    if (itemField !== null) {
      key += `.${itemField}`;
    }
  }
  return key;
}

/**
 * The collector's judgement of the fact `key`, or null for plain data.
 */
export function factTone(report: IReport, key: string): FactTone | null {
  return report.tones?.[key] ?? null;
}

/**
 * The verdict's text, for the live region that announces it when it changes.
 */
export function verdictText(report: IReport): string {
  return visible(report.summary.verdict.text);
}

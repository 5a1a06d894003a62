/**
 * Pure, DOM-free helpers that turn report values into text.
 */
import { IIdMapLine, IReport } from './types';

/**
 * One uid_map/gid_map line as a person reads it:
 * `0–999 → 100000–100999 (1000 ids)`; a one-id range reads `1000 → 200001`.
 */
export function formatMapLine(line: IIdMapLine): string {
  if (line.count === 1) {
    return `${line.inside} → ${line.outside}`;
  }
  const last = (start: number) => start + line.count - 1;
  return `${line.inside}–${last(line.inside)} → ${line.outside}–${last(
    line.outside
  )} (${line.count} ids)`;
}

/**
 * A uid/gid with its name when known: `1000 (sagemaker-user)`.
 */
export function formatId(id: number, name: string | null | undefined): string {
  return name ? `${id} (${name})` : `${id}`;
}

/**
 * A kernel id as the panel shows it: its first 8 characters, as JupyterLab's
 * own kernel lists do.
 */
export function shortKernelId(id: string): string {
  return id.slice(0, 8);
}

type Translate = { __: (msg: string, ...args: unknown[]) => string };

/**
 * How old the report's facts are, from the report's own collection time: a
 * cached report is older than the moment it arrived.
 */
export function collectedAgo(
  report: IReport,
  trans: Translate,
  now: number = Date.now()
): string {
  const collected = Date.parse(report.generated_at);
  if (Number.isNaN(collected)) {
    return trans.__('collected at an unknown time');
  }
  const seconds = Math.max(0, Math.round((now - collected) / 1000));
  // A no-break space keeps a number with its unit on one line.
  return seconds < 120
    ? trans.__('collected %1\u00a0s ago', seconds)
    : trans.__('collected %1\u00a0min ago', Math.round(seconds / 60));
}

// A key that reads as a plain path step; anything else is quoted, so the key
// "a.b" and the nested {"a": {"b": …}} never give the same row.
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

function pathStep(key: string): string {
  return PLAIN_KEY.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function topKey(key: string): string {
  return PLAIN_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
}

/**
 * Flatten a JSON object into `a.b[0].c` paths with their leaf values as text,
 * so nested metadata reads as rows.
 */
export function flattenJSON(
  value: unknown,
  prefix = ''
): Array<[string, string]> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return [[prefix, '[]']];
    }
    return value.flatMap((item, index) =>
      flattenJSON(item, `${prefix}[${index}]`)
    );
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      return [[prefix, '{}']];
    }
    return entries.flatMap(([key, item]) =>
      flattenJSON(item, prefix ? `${prefix}${pathStep(key)}` : topKey(key))
    );
  }
  return [[prefix, typeof value === 'string' ? value : JSON.stringify(value)]];
}

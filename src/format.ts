/**
 * Pure, DOM-free helpers that turn report values into text.
 */
import { IIdMapLine } from './tokens';

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

/**
 * What "Explain this error" does for a wall in a cell's outputs. Pure: the
 * outputs in, one action out (or none: an ordinary error gets no button).
 */
import { visible } from '../escape';
import { IWallHit, recogniseOutputs, WallKind } from './recognise';

/**
 * - explain: ask the cell's kernel about `path`, which the error named as
 *   that kernel saw it (relative to its working directory, or absolute);
 * - section: open the Isolation panel at a report section (a wall with no
 *   path, or one a path's permissions do not explain).
 */
export type WallAction =
  | { kind: 'explain'; path: string; hit: IWallHit }
  | { kind: 'section'; section: string; hit: IWallHit };

/**
 * The report section that tells about each kind of wall; null where a path's
 * permissions are the answer, when the error names the path exactly.
 */
const SECTION_OF: Record<WallKind, string | null> = {
  permission: null,
  'read-only': null,
  'busy-text': null,
  // A path's permissions do not say how full its volume is: the volumes
  // section does (each volume's blocks and inodes, used and available).
  'no-space': 'volumes',
  quota: 'volumes',
  // Both depend on the file system a path is on, which the mounts list.
  'name-too-long': 'mounts',
  'cross-device': 'mounts',
  pids: 'limits',
  'open-files': 'limits',
  memory: 'limits',
  killed: 'limits'
};

/** Where a kind of wall is told about when no path can be explained. */
const FALLBACK_SECTION = 'walls';

/**
 * The action for one wall. A path the text does not name exactly (a byte
 * that was not UTF-8, quoting not read for sure) is not explained: the kernel
 * would be asked about another file.
 */
export function wallAction(hit: IWallHit): WallAction {
  const path = hit.paths.find(p => p.exact);
  // A change of owner is refused to anyone without CAP_CHOWN whatever the
  // file's mode, and even with it when the owner is not mapped in this user
  // namespace: the kernel's own answer tells (its user, its capabilities
  // that matter, an unmapped owner). Without a path, the report's
  // capabilities are the nearest answer.
  if (hit.kind === 'permission' && hit.call === 'chown' && !path) {
    return { kind: 'section', section: 'capabilities', hit };
  }
  const section = SECTION_OF[hit.kind];
  if (section === null && path) {
    return { kind: 'explain', path: path.path, hit };
  }
  return { kind: 'section', section: section ?? FALLBACK_SECTION, hit };
}

/**
 * The action for a cell's outputs (nbformat JSON, as the output area model's
 * `toJSON()` gives them): that of the first wall in them, or null.
 */
export function outputsAction(outputs: readonly unknown[]): WallAction | null {
  const { hits } = recogniseOutputs(outputs, 1);
  return hits.length > 0 ? wallAction(hits[0]) : null;
}

/** How many actions one output offers at most (a stream may show many walls). */
export const MAX_ACTIONS_PER_OUTPUT = 3;

/**
 * The actions for one output (nbformat JSON): one per wall it shows, a wall
 * said twice once, at most MAX_ACTIONS_PER_OUTPUT.
 */
export function outputActions(output: unknown): WallAction[] {
  return recogniseOutputs([output], MAX_ACTIONS_PER_OUTPUT).hits.map(
    wallAction
  );
}

/**
 * What each kind of wall is called in a label: the C library's words
 * (strerror), as the error said them; not translated, like the kernel's
 * other identifiers.
 */
const REASON_OF: Record<WallKind, string> = {
  permission: 'Permission denied',
  'read-only': 'Read-only file system',
  'no-space': 'No space left on device',
  quota: 'Disk quota exceeded',
  'busy-text': 'Text file busy',
  'name-too-long': 'File name too long',
  'cross-device': 'Cross-device link',
  pids: 'Resource temporarily unavailable',
  'open-files': 'Too many open files',
  memory: 'Out of memory',
  killed: 'Killed'
};

/** The longest label and tooltip, in characters (a path may be 4096 bytes). */
const MAX_LABEL = 120;
const MAX_TOOLTIP = 500;

function bounded(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * The words that tell one wall from another under the same cell: its reason,
 * the call or tool that met it, the first path it names. Text only, every
 * invisible character escaped (a terminal escape in a path shows as \x1b);
 * the caller puts it in `textContent` or an attribute, never in markup.
 */
export function wallSummary(hit: IWallHit): string {
  const reason =
    hit.errno === 1
      ? 'Operation not permitted'
      : hit.kind === 'memory' && hit.ename === 'MemoryError'
        ? 'MemoryError'
        : REASON_OF[hit.kind];
  const by = hit.call ?? hit.tool;
  const path = hit.paths[0];
  const named = path ? `: ${path.exact ? path.path : path.literal}` : '';
  return bounded(
    visible(`${reason}${by ? ` (${by})` : ''}${named}`),
    MAX_LABEL
  );
}

/** The line the wall was read from, for a tooltip: text, escaped, bounded. */
export function wallTooltip(hit: IWallHit): string {
  return bounded(visible(hit.text), MAX_TOOLTIP);
}

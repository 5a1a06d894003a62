/**
 * What "Explain this error" does for a wall in a cell's outputs. Pure: the
 * outputs in, one action out (or none: an ordinary error gets no button).
 */
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
  const section = SECTION_OF[hit.kind];
  const path = hit.paths.find(p => p.exact);
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

/**
 * Pure: which volumes the collector judged full or nearly full. The
 * judge's findings (volume-full, volume-nearly-full) say that some are; the
 * tone it gave each volume as a whole (critical, warning) says which. No
 * threshold is recomputed here.
 */
import { factKey, factTone } from '../facts';
import { IReport } from '../types';

export interface IFullVolume {
  mountPoint: string;
  /**
   * `full`: no space or inodes left; `nearly`: at the judge's threshold.
   */
  state: 'full' | 'nearly';
  /**
   * The judge's words for it ("93 % of its space used").
   */
  text: string;
}

/**
 * The volumes judged full or nearly full, full ones first.
 */
export function fullVolumes(report: IReport): IFullVolume[] {
  const ids = new Set(report.findings.map(finding => finding.id));
  const full = ids.has('volume-full');
  const nearly = ids.has('volume-nearly-full');
  if (!full && !nearly) {
    return [];
  }
  const found: IFullVolume[] = [];
  for (const volume of report.volumes ?? []) {
    const tone = factTone(report, factKey('volumes', null, volume.mount_point));
    if (tone?.tone === 'critical' && full) {
      found.push({
        mountPoint: volume.mount_point,
        state: 'full',
        text: tone.text
      });
    } else if (tone?.tone === 'warning' && nearly) {
      found.push({
        mountPoint: volume.mount_point,
        state: 'nearly',
        text: tone.text
      });
    }
  }
  return found.sort(
    (a, b) => (a.state === 'full' ? 0 : 1) - (b.state === 'full' ? 0 : 1)
  );
}

/**
 * The volume mounted at `mountPoint` when it is judged full or nearly
 * full, else null.
 */
export function fullVolumeAt(
  report: IReport,
  mountPoint: string
): IFullVolume | null {
  return (
    fullVolumes(report).find(volume => volume.mountPoint === mountPoint) ?? null
  );
}

/**
 * The listed volume an absolute path is on: the longest mount point that is
 * the path or one of its parents. Null for a relative path (the kernel's
 * working directory is not known here) and for a path on no listed volume.
 */
export function volumeOfPath(report: IReport, path: string): string | null {
  if (!path.startsWith('/')) {
    return null;
  }
  let found: string | null = null;
  for (const volume of report.volumes ?? []) {
    const point = volume.mount_point;
    const inside =
      point === '/' ||
      path === point ||
      path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (found === null || point.length > found.length)) {
      found = point;
    }
  }
  return found;
}

/**
 * The volume a "no space" wall is shown at, from a report collected after
 * it: the volume of the path the error named (`path`), when it is listed;
 * else the fullest volume the judge calls full or nearly full; else none.
 * `full` is the judge's word on that volume now (null: not full now).
 */
export interface IWallVolume {
  mountPoint: string | null;
  /**
   * `path`: the volume of the error's path; `judged`: one the judge calls
   * full or nearly full; `none`: neither.
   */
  from: 'path' | 'judged' | 'none';
  full: IFullVolume | null;
  /**
   * How many other volumes the judge calls full or nearly full.
   */
  others: number;
}

export function wallVolume(
  report: IReport,
  paths: readonly string[]
): IWallVolume {
  const full = fullVolumes(report);
  for (const path of paths) {
    const point = volumeOfPath(report, path);
    if (point !== null) {
      const judged = full.find(volume => volume.mountPoint === point) ?? null;
      return {
        mountPoint: point,
        from: 'path',
        full: judged,
        others: full.length - (judged ? 1 : 0)
      };
    }
  }
  if (full.length > 0) {
    return {
      mountPoint: full[0].mountPoint,
      from: 'judged',
      full: full[0],
      others: full.length - 1
    };
  }
  return { mountPoint: null, from: 'none', full: null, others: 0 };
}

/**
 * Where the Space section would walk a volume: its folder relative to the
 * file browser's root (`root`, absolute, as the page says it), or why it
 * cannot from here (`no-root`: the page does not say where the root is;
 * `outside`: the volume is not inside it, and the walk reaches only
 * folders inside the root).
 */
export type VolumeWalk = { path: string } | { reason: 'no-root' | 'outside' };

export function volumeWalk(mountPoint: string, root: string): VolumeWalk {
  if (!root.startsWith('/')) {
    return { reason: 'no-root' };
  }
  const base = root.length > 1 ? root.replace(/\/+$/, '') : root;
  if (mountPoint === base) {
    return { path: '' };
  }
  const prefix = base === '/' ? '/' : `${base}/`;
  if (mountPoint.startsWith(prefix)) {
    return { path: mountPoint.slice(prefix.length) };
  }
  return { reason: 'outside' };
}

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

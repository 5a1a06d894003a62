import { TranslationBundle } from '@jupyterlab/translation';

import { formatId } from '../format';
import { IStudioReport } from '../tokens-studio';
import { definitionList, section, yesNo } from './dom';

/**
 * Each mount at or under the home and under /opt/ml, one row each.
 */
export function renderMounts(
  report: IStudioReport,
  trans: TranslationBundle
): HTMLElement | null {
  if (!report.mounts) {
    return null;
  }
  const unknown = trans.__('unknown');
  const rows: Array<[string, string, string?]> = report.mounts.map(mount => {
    const owner =
      mount.owner_uid === null
        ? unknown
        : formatId(mount.owner_uid, mount.owner_name);
    const facts = [
      `${mount.filesystem} ${trans.__('from')} ${mount.mount_source}`,
      mount.read_only ? trans.__('read-only') : trans.__('read-write'),
      mount.owner_unmapped
        ? trans.__('owner %1, not mapped into this container', owner)
        : trans.__('owner %1', owner),
      trans.__('mode %1', mount.mode ?? unknown),
      trans.__('writable by you: %1', yesNo(mount.writable, trans))
    ];
    if (mount.error) {
      facts.push(mount.error);
    }
    const warn =
      mount.owner_unmapped ||
      (mount.role !== 'app' && mount.writable === false);
    return [mount.path, facts.join(', '), warn ? 'jp-mod-warning' : undefined];
  });
  if (!rows.length) {
    rows.push([trans.__('Mounts'), trans.__('none')]);
  }
  return section(
    'mounts',
    trans.__('Mounts at the home and /opt/ml'),
    definitionList(rows)
  );
}

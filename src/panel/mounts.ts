import { TranslationBundle } from '@jupyterlab/translation';

import { formatId } from '../format';
import { IReport } from '../tokens';
import { el, yesNo } from './dom';

/**
 * Each mount at or under the home and under /opt/ml, one row each.
 */
export function renderMounts(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  if (!report.mounts) {
    return null;
  }
  const unknown = trans.__('unknown');
  const roles = {
    home: trans.__('the home'),
    'under-home': trans.__('under the home'),
    app: trans.__("the app's own")
  };
  const list = el('ul', { className: 'jp-IsolationInfo-mountList' });
  for (const mount of report.mounts) {
    const owner =
      mount.owner_uid === null
        ? unknown
        : formatId(mount.owner_uid, mount.owner_name);
    const facts = [
      `${mount.filesystem} ${trans.__('from')} ${mount.mount_source}`,
      mount.read_only ? trans.__('read-only') : trans.__('read-write'),
      mount.owner_unmapped
        ? trans.__('owner %1, not mapped into this container', owner)
        : mount.host_owner_uid !== null
          ? trans.__('owner %1, host uid %2', owner, mount.host_owner_uid)
          : trans.__('owner %1', owner),
      trans.__('mode %1', mount.mode ?? unknown),
      trans.__('writable by you: %1', yesNo(mount.writable, trans))
    ];
    if (mount.error) {
      facts.push(mount.error);
    }
    // Under /opt/ml an owner outside the map is the platform's: expected.
    const warn =
      mount.role !== 'app' &&
      (mount.owner_unmapped === true || mount.writable === false);
    list.append(
      el(
        'li',
        {
          className: `jp-IsolationInfo-mount${warn ? ' jp-mod-warning' : ''}`
        },
        el('code', {
          className: 'jp-IsolationInfo-mountPath',
          text: mount.path
        }),
        el('span', { text: ` (${roles[mount.role]})` }),
        el('p', { text: facts.join(', ') })
      )
    );
  }
  if (!report.mounts.length) {
    list.append(el('li', { text: trans.__('none') }));
  }
  return [list];
}

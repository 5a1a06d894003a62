import * as React from 'react';

import { formatId, visible } from '../../format';
import { IReport } from '../../types';
import { useView } from '../context';
import { yesNo } from '../fields';

/**
 * Each mount at or under the home and under /opt/ml, one item each, keyed by
 * its path.
 */
export function Mounts(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const mounts = props.report.mounts;
  if (!mounts) {
    return null;
  }
  const unknown = trans.__('unknown');
  const roles = {
    home: trans.__('the home'),
    'under-home': trans.__('under the home'),
    app: trans.__("the app's own")
  };
  return (
    <ul className="jp-IsolationInfo-mountList">
      {mounts.map(mount => {
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
        const path = visible(mount.path);
        return (
          <li
            key={mount.path}
            className={`jp-IsolationInfo-mount${warn ? ' jp-mod-warning' : ''}`}
            data-mount-path={mount.path}
          >
            <code className="jp-IsolationInfo-mountPath" title={path}>
              {path}
            </code>
            <span>{` (${roles[mount.role]})`}</span>
            <p>{visible(facts.join(', '))}</p>
          </li>
        );
      })}
      {mounts.length === 0 && <li>{trans.__('none')}</li>}
    </ul>
  );
}

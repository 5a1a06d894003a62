import * as React from 'react';

import { visible } from '../../escape';
import { factKey, factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { Prose } from '../fields';

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
  const roles = {
    home: trans.__('the home'),
    'under-home': trans.__('under the home'),
    app: trans.__("the app's own")
  };
  return (
    <ul className="jp-IsolationInfo-mountList">
      {mounts.map(mount => {
        // The collector words the mount as a whole, and judges it.
        const fact = factTone(
          props.report,
          factKey('mounts', null, mount.path)
        );
        const path = visible(mount.path);
        return (
          <li
            key={mount.path}
            className={`jp-IsolationInfo-mount${fact ? ` jp-mod-${fact.tone}` : ''}`}
            data-mount-path={mount.path}
            data-tone={fact?.tone}
            title={fact?.reason ? visible(fact.reason) : undefined}
          >
            <code className="jp-IsolationInfo-mountPath" title={path}>
              {path}
            </code>
            <span className="jp-IsolationInfo-mountRole">{`(${roles[mount.role]})`}</span>
            <Prose text={visible(fact?.text ?? mount.error ?? '')} />
          </li>
        );
      })}
      {mounts.length === 0 && <li>{trans.__('none')}</li>}
    </ul>
  );
}

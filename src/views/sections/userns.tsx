import * as React from 'react';

import { factTone } from '../../facts';
import { formatMapLine } from '../../format';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField, Words } from '../fields';

/**
 * The kernel files the maps are read from (names, not translated).
 */
const MAP_FILES = ['uid_map', 'gid_map'] as const;

/**
 * Who the run-as user is on the host: the user namespace's id maps.
 */
export function UserNamespace(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const report = props.report;
  const userns = report.user_namespace;
  if (!userns) {
    return null;
  }
  const unknown = trans.__('unknown');
  const hostId = (id: number | null | undefined) =>
    id === null || id === undefined ? unknown : `${id}`;
  const rows: IField[] = [
    {
      label: trans.__('Host UID'),
      value: hostId(userns.host_uid),
      className: 'jp-IsolationInfo-value jp-IsolationInfo-hostUid',
      fact: factTone(report, 'user_namespace.host_uid')
    },
    {
      label: trans.__('Host GID'),
      value: hostId(userns.host_gid),
      className: 'jp-IsolationInfo-value jp-IsolationInfo-hostGid'
    },
    {
      label: trans.__('Remapping'),
      value: unknown,
      fact: factTone(report, 'user_namespace.remapped')
    }
  ];
  // What passwordless sudo would give: root in the container, or host root.
  const rootHostUid = report.run_as?.root_host_uid;
  if (rootHostUid !== undefined) {
    rows.push({
      label: trans.__('Root on the host'),
      value: rootHostUid === null ? unknown : `${rootHostUid}`,
      fact: factTone(report, 'user_namespace.root_host_uid')
    });
  }
  return (
    <>
      <Fields rows={rows} />
      <details className="jp-IsolationInfo-raw">
        <summary>{trans.__('uid_map and gid_map')}</summary>
        <MapList
          caption={MAP_FILES[0]}
          lines={(userns.uid_map ?? []).map(formatMapLine)}
        />
        <MapList
          caption={MAP_FILES[1]}
          lines={(userns.gid_map ?? []).map(formatMapLine)}
        />
      </details>
      {userns.error && <ErrorLine message={userns.error} />}
    </>
  );
}

function MapList(props: { caption: string; lines: string[] }): JSX.Element {
  return (
    <div>
      <strong>{props.caption}</strong>
      <ul className="jp-IsolationInfo-mapLines">
        {props.lines.map(line => (
          <li key={line}>
            <Words text={line} />
          </li>
        ))}
      </ul>
    </div>
  );
}

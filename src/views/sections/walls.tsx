import * as React from 'react';

import { factKey, factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField, yesNo } from '../fields';

/**
 * Walls beyond capabilities: security label, seccomp filters, runtime
 * sockets, a service-account token, read-only /proc/sys and cgroups.
 */
export function Walls(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const report = props.report;
  const walls = report.walls;
  if (!walls) {
    return null;
  }
  const unknown = trans.__('unknown');
  const label = walls.security_label;
  const rows: IField[] = [
    {
      label: trans.__('Security label'),
      value: label.label
        ? `${label.label}${label.kind ? ` (${label.kind}${label.mode ? `, ${label.mode}` : ''})` : ''}`
        : unknown
    },
    {
      label: trans.__('Seccomp filters'),
      value:
        walls.seccomp_filters === null ? unknown : `${walls.seccomp_filters}`
    },
    {
      label: trans.__('/proc/sys read-only'),
      value: yesNo(walls.proc_sys_read_only, trans),
      fact: factTone(report, 'walls.proc_sys_read_only')
    },
    {
      label: trans.__('cgroup read-only'),
      value: yesNo(walls.cgroup_read_only, trans),
      fact: factTone(report, 'walls.cgroup_read_only')
    },
    {
      label: trans.__('Service-account token'),
      value: yesNo(walls.service_account_token.present, trans),
      fact: factTone(report, 'walls.service_account_token')
    }
  ];
  for (const socket of walls.runtime_sockets) {
    rows.push({
      id: `socket:${socket.path}`,
      label: socket.path,
      value: trans.__(
        '%1 socket, writable by you: %2',
        socket.runtime,
        yesNo(socket.writable, trans)
      ),
      fact: factTone(report, factKey('walls', 'runtime_sockets', socket.path))
    });
  }
  if (!walls.runtime_sockets.length) {
    rows.push({
      label: trans.__('Runtime sockets'),
      value: trans.__('none found')
    });
  }
  return (
    <>
      <Fields rows={rows} />
      {walls.error && <ErrorLine message={walls.error} />}
    </>
  );
}

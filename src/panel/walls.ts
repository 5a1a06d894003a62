import { TranslationBundle } from '@jupyterlab/translation';

import { IReport } from '../tokens';
import { definitionList, errorLine, yesNo } from './dom';

/**
 * Walls beyond capabilities: security label, seccomp filters, runtime
 * sockets, a service-account token, read-only /proc/sys and cgroups.
 */
export function renderWalls(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const walls = report.walls;
  if (!walls) {
    return null;
  }
  const unknown = trans.__('unknown');
  const label = walls.security_label;
  const rows: Array<[string, string, string?]> = [
    [
      trans.__('Security label'),
      label.label
        ? `${label.label}${label.kind ? ` (${label.kind}${label.mode ? `, ${label.mode}` : ''})` : ''}`
        : unknown
    ],
    [
      trans.__('Seccomp filters'),
      walls.seccomp_filters === null ? unknown : `${walls.seccomp_filters}`
    ],
    [trans.__('/proc/sys read-only'), yesNo(walls.proc_sys_read_only, trans)],
    [trans.__('cgroup read-only'), yesNo(walls.cgroup_read_only, trans)],
    [
      trans.__('Service-account token'),
      yesNo(walls.service_account_token.present, trans),
      walls.service_account_token.present ? 'jp-mod-warning' : undefined
    ]
  ];
  for (const socket of walls.runtime_sockets) {
    rows.push([
      socket.path,
      trans.__(
        '%1 socket, writable by you: %2',
        socket.runtime,
        yesNo(socket.writable, trans)
      ),
      socket.writable ? 'jp-mod-critical' : 'jp-mod-warning'
    ]);
  }
  if (!walls.runtime_sockets.length) {
    rows.push([trans.__('Runtime sockets'), trans.__('none found')]);
  }
  const children: Node[] = [definitionList(rows, trans)];
  if (walls.error) {
    children.push(errorLine(walls.error));
  }
  return children;
}

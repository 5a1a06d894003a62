import { TranslationBundle } from '@jupyterlab/translation';

import { formatId, formatMapLine } from '../format';
import { IReport } from '../tokens';
import { definitionList, el, errorLine, section } from './dom';

/**
 * Who the server runs as, and who that is on the host.
 */
export function renderIdentity(
  report: IReport,
  trans: TranslationBundle
): HTMLElement {
  const runAs = report.run_as;
  const userns = report.user_namespace;
  const unknown = trans.__('unknown');
  const hostId = (id: number | null) => (id === null ? unknown : `${id}`);

  const rows: Array<[string, string, string?]> = [
    [trans.__('User'), formatId(runAs.uid, runAs.user)],
    [trans.__('Group'), formatId(runAs.gid, groupName(report))],
    [
      trans.__('Groups'),
      runAs.groups.map(group => formatId(group.gid, group.name)).join(', ')
    ],
    [
      trans.__('Host UID'),
      hostId(userns.host_uid),
      'jp-IsolationInfo-value jp-IsolationInfo-hostUid'
    ],
    [
      trans.__('Host GID'),
      hostId(userns.host_gid),
      'jp-IsolationInfo-value jp-IsolationInfo-hostGid'
    ],
    [
      trans.__('User namespace'),
      userns.remapped === null
        ? trans.__('unknown: uid_map could not be read')
        : userns.remapped
          ? trans.__('remapped: ids inside differ from the host')
          : trans.__('not remapped: ids inside are the host ids')
    ]
  ];
  if (runAs.sudo) {
    rows.splice(3, 0, [trans.__('Sudo'), runAs.sudo]);
  }
  const rootHostUid = runAs.root_host_uid;
  if (rootHostUid !== undefined) {
    rows.push([
      trans.__('Root on the host'),
      rootHostUid === null
        ? unknown
        : rootHostUid === 0
          ? trans.__('host root: uid 0 is not remapped')
          : trans.__('host uid %1', rootHostUid),
      rootHostUid === 0 ? 'jp-mod-critical' : undefined
    ]);
  }

  const maps = el('details', { className: 'jp-IsolationInfo-raw' });
  maps.append(
    el('summary', { text: trans.__('uid_map and gid_map') }),
    mapTable('uid_map', userns.uid_map.map(formatMapLine)),
    mapTable('gid_map', userns.gid_map.map(formatMapLine))
  );

  const children: Node[] = [definitionList(rows), maps];
  for (const error of [runAs.error, userns.error]) {
    if (error) {
      children.push(errorLine(error));
    }
  }
  return section('identity', trans.__('Identity'), ...children);
}

function groupName(report: IReport): string | null {
  const primary = report.run_as.groups.find(g => g.gid === report.run_as.gid);
  return primary ? primary.name : null;
}

function mapTable(caption: string, lines: string[]): HTMLElement {
  const list = el('ul', { className: 'jp-IsolationInfo-mapLines' });
  for (const line of lines) {
    list.append(el('li', { text: line }));
  }
  return el('div', {}, el('strong', { text: caption }), list);
}

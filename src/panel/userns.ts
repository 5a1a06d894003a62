import { TranslationBundle } from '@jupyterlab/translation';

import { formatMapLine } from '../format';
import { IReport } from '../tokens';
import { definitionList, el, errorLine } from './dom';

/**
 * Who the run-as user is on the host: the user namespace's id maps.
 */
export function renderUserNamespace(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const userns = report.user_namespace;
  if (!userns) {
    return null;
  }
  const unknown = trans.__('unknown');
  const hostId = (id: number | null | undefined) =>
    id === null || id === undefined ? unknown : `${id}`;
  const remapped =
    userns.remapped === true
      ? trans.__('remapped: ids inside differ from the host')
      : userns.remapped === false
        ? trans.__('not remapped: ids inside are the host ids')
        : trans.__('unknown: uid_map could not be read');
  const rows: Array<[string, string, string?]> = [
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
    [trans.__('Remapping'), remapped]
  ];
  // What passwordless sudo would give: root in the container, or host root.
  const rootHostUid = report.run_as?.root_host_uid;
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
  const maps = el(
    'details',
    { className: 'jp-IsolationInfo-raw' },
    el('summary', { text: trans.__('uid_map and gid_map') }),
    mapList('uid_map', (userns.uid_map ?? []).map(formatMapLine)),
    mapList('gid_map', (userns.gid_map ?? []).map(formatMapLine))
  );
  const children: Node[] = [definitionList(rows, trans), maps];
  if (userns.error) {
    children.push(errorLine(userns.error));
  }
  return children;
}

function mapList(caption: string, lines: string[]): HTMLElement {
  const list = el('ul', { className: 'jp-IsolationInfo-mapLines' });
  for (const line of lines) {
    list.append(el('li', { text: line }));
  }
  return el('div', {}, el('strong', { text: caption }), list);
}

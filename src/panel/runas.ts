import { TranslationBundle } from '@jupyterlab/translation';

import { formatId } from '../format';
import { IReport } from '../tokens';
import { definitionList, errorLine } from './dom';

/**
 * Who the server runs as: user, groups, sudo and the passwd home.
 */
export function renderRunAs(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const runAs = report.run_as;
  if (!runAs) {
    return null;
  }
  const unknown = trans.__('unknown');
  const primary = runAs.groups.find(g => g.gid === runAs.gid);
  const rows: Array<[string, string, string?]> = [
    [
      trans.__('User'),
      formatId(runAs.uid, runAs.user),
      'jp-IsolationInfo-value jp-IsolationInfo-user'
    ],
    [trans.__('Group'), formatId(runAs.gid, primary?.name)],
    [
      trans.__('Groups'),
      runAs.groups.map(group => formatId(group.gid, group.name)).join(', ') ||
        trans.__('none')
    ],
    [trans.__('Sudo'), runAs.sudo ?? unknown],
    ...(runAs.sudo_detail
      ? [[trans.__('What sudo gives'), runAs.sudo_detail] as [string, string]]
      : []),
    [trans.__('Home (passwd)'), runAs.home ?? unknown]
  ];
  const children: Node[] = [definitionList(rows, trans)];
  if (runAs.error) {
    children.push(errorLine(runAs.error));
  }
  return children;
}

import { TranslationBundle } from '@jupyterlab/translation';

import { formatId } from '../format';
import { IReport } from '../tokens';
import { definitionList, errorLine, yesNo } from './dom';

/**
 * Who owns the home directory, here and on the host, and where it lives.
 */
export function renderHome(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const home = report.home;
  if (!home) {
    return null;
  }
  const unknown = trans.__('unknown');
  const owner =
    home.owner_uid === null || home.owner_uid === undefined
      ? unknown
      : formatId(home.owner_uid, home.owner_name);
  const rows: Array<[string, string, string?]> = [
    [trans.__('Path'), home.path ?? unknown],
    [trans.__('Exists'), yesNo(home.exists, trans)],
    [trans.__('Owner'), owner],
    [
      trans.__('Host owner UID'),
      home.host_owner_uid === null || home.host_owner_uid === undefined
        ? unknown
        : `${home.host_owner_uid}`,
      'jp-IsolationInfo-value'
    ],
    [trans.__('Mode'), home.mode ?? unknown],
    [
      trans.__('Owned by the run-as user'),
      yesNo(home.owner_is_run_as, trans),
      home.owner_is_run_as === false ? 'jp-mod-warning' : undefined
    ],
    [trans.__('File system'), home.filesystem ?? unknown],
    [trans.__('Mount source'), home.mount_source ?? unknown]
  ];
  if (home.owner_unmapped) {
    rows.push([
      trans.__('Owner mapping'),
      trans.__('unmapped: the host owner has no id inside this container'),
      'jp-mod-warning'
    ]);
  }
  const children: Node[] = [definitionList(rows, trans)];
  if (home.error) {
    children.push(errorLine(home.error));
  }
  return children;
}

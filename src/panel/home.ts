import { TranslationBundle } from '@jupyterlab/translation';

import { formatId, readOnlyText } from '../format';
import { IReport } from '../tokens';
import { definitionList, el, errorLine, section, yesNo } from './dom';

/**
 * Who owns the home directory, here and on the host, and where it lives.
 */
export function renderHome(
  report: IReport,
  trans: TranslationBundle
): HTMLElement | null {
  const home = report.home;
  if (!home) {
    return null;
  }
  const unknown = trans.__('unknown');
  const owner =
    home.owner_uid === null
      ? unknown
      : formatId(home.owner_uid, home.owner_name);
  const rows: Array<[string, string, string?]> = [
    [trans.__('Path'), home.path ?? unknown],
    [trans.__('Exists'), yesNo(home.exists, trans)],
    [trans.__('Owner'), owner],
    [
      trans.__('Host owner UID'),
      home.host_owner_uid === null ? unknown : `${home.host_owner_uid}`,
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
  const children: Node[] = [definitionList(rows)];
  if (home.error) {
    children.push(errorLine(home.error));
  }
  if (report.storage?.length) {
    // What lives on the shared EFS volume, and what on the instance's root volume.
    children.push(
      el(
        'details',
        { className: 'jp-IsolationInfo-raw jp-IsolationInfo-storage' },
        el('summary', { text: trans.__('Where files live') }),
        definitionList(
          report.storage.map(entry => [
            entry.path,
            trans.__(
              '%1 from %2, %3',
              entry.filesystem ?? unknown,
              entry.mount_source ?? unknown,
              readOnlyText(entry.read_only, trans)
            )
          ])
        )
      )
    );
  }
  return section('home', trans.__('Home directory'), ...children);
}

import { TranslationBundle } from '@jupyterlab/translation';

import { IReport } from '../tokens';
import { definitionList, errorLine, yesNo } from './dom';

/**
 * The credentials path: whether the variable is set (never its value) and the
 * endpoint's status.
 */
export function renderCredentials(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const credentials = report.credentials;
  if (!credentials) {
    return null;
  }
  const rows: Array<[string, string, string?]> = [
    [
      trans.__('Credentials variable set'),
      yesNo(credentials.relative_uri_set, trans)
    ],
    [
      trans.__('Endpoint'),
      trans.__(
        '%1:%2: %3, expected %4 (%5). %6',
        credentials.host,
        credentials.port,
        credentials.status,
        credentials.expected,
        credentials.method,
        credentials.detail
      ),
      credentials.status === 'blocked' ? 'jp-mod-warning' : undefined
    ]
  ];
  const children: Node[] = [definitionList(rows, trans)];
  if (credentials.error) {
    children.push(errorLine(credentials.error));
  }
  return children;
}

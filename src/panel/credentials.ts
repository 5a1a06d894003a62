import { TranslationBundle } from '@jupyterlab/translation';

import { IStudioReport } from '../tokens-studio';
import { definitionList, errorLine, section, yesNo } from './dom';

/**
 * The credentials path: whether the variable is set (never its value) and the
 * endpoint's status.
 */
export function renderCredentials(
  report: IStudioReport,
  trans: TranslationBundle
): HTMLElement | null {
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
  const children: Node[] = [definitionList(rows)];
  if (credentials.error) {
    children.push(errorLine(credentials.error));
  }
  return section('credentials', trans.__('Credentials'), ...children);
}

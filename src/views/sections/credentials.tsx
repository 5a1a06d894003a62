import * as React from 'react';

import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, yesNo } from '../fields';

/**
 * The credentials path: whether the variable is set (never its value) and the
 * endpoint's status.
 */
export function Credentials(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const credentials = props.report.credentials;
  if (!credentials) {
    return null;
  }
  return (
    <>
      <Fields
        rows={[
          {
            label: trans.__('Credentials variable set'),
            value: yesNo(credentials.relative_uri_set, trans)
          },
          {
            label: trans.__('Endpoint'),
            value: trans.__(
              '%1:%2: %3, expected %4 (%5). %6',
              credentials.host,
              credentials.port,
              credentials.status,
              credentials.expected,
              credentials.method,
              credentials.detail
            ),
            className:
              credentials.status === 'blocked' ? 'jp-mod-warning' : undefined
          }
        ]}
      />
      {credentials.error && <ErrorLine message={credentials.error} />}
    </>
  );
}

import * as React from 'react';

import { factTone } from '../../facts';
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
            value: `${credentials.host}:${credentials.port}`
          },
          {
            label: trans.__('Status'),
            value: credentials.status,
            fact: factTone(props.report, 'credentials.status')
          },
          { label: trans.__('Expected'), value: credentials.expected },
          {
            label: trans.__('How'),
            value:
              credentials.method === 'connect'
                ? trans.__('TCP connect')
                : trans.__('route lookup')
          },
          { label: trans.__('Detail'), value: credentials.detail }
        ]}
      />
      {credentials.error && <ErrorLine message={credentials.error} />}
    </>
  );
}

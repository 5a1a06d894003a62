import * as React from 'react';

import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, yesNo } from '../fields';

/**
 * Capabilities (those beyond Docker's defaults marked), seccomp, no_new_privs.
 */
export function Capabilities(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const caps = props.report.capabilities;
  if (!caps) {
    return null;
  }
  const beyond = new Set(caps.beyond_docker_default);
  const none = trans.__('none');
  return (
    <>
      <Fields
        rows={[
          {
            label: trans.__("Beyond Docker's defaults"),
            value: caps.beyond_docker_default.join(', ') || none,
            className: caps.beyond_docker_default.length
              ? 'jp-IsolationInfo-value jp-mod-warning'
              : 'jp-IsolationInfo-value jp-mod-ok'
          },
          {
            label: trans.__('Effective'),
            value: caps.effective.join(', ') || none
          },
          {
            label: trans.__('Seccomp'),
            value: caps.seccomp ?? trans.__('unknown')
          },
          {
            label: trans.__('no_new_privs'),
            value: yesNo(caps.no_new_privs, trans)
          }
        ]}
      />
      <details className="jp-IsolationInfo-raw">
        <summary>{trans.__('Bounding set (%1)', caps.bounding.length)}</summary>
        <ul className="jp-IsolationInfo-capList">
          {caps.bounding.map(cap =>
            beyond.has(cap) ? (
              <li
                key={cap}
                className="jp-mod-warning"
                title={trans.__("Not in Docker's default set")}
              >
                {cap}
              </li>
            ) : (
              <li key={cap}>{cap}</li>
            )
          )}
        </ul>
        <Fields
          rows={[
            {
              label: trans.__('Permitted'),
              value: caps.permitted.join(', ') || none
            },
            {
              label: trans.__('Inheritable'),
              value: caps.inheritable.join(', ') || none
            },
            {
              label: trans.__('Ambient'),
              value: caps.ambient.join(', ') || none
            }
          ]}
        />
      </details>
      {caps.error && <ErrorLine message={caps.error} />}
    </>
  );
}

import * as React from 'react';

import { visible } from '../../escape';
import { factKey, factTone } from '../../facts';
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
  const none = trans.__('none');
  return (
    <>
      <Fields
        rows={[
          {
            label: trans.__("Beyond Docker's defaults"),
            value: caps.beyond_docker_default.join(', ') || none,
            fact: factTone(props.report, 'capabilities.beyond_docker_default')
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
          {caps.bounding.map(cap => {
            const fact = factTone(
              props.report,
              factKey('capabilities', 'bounding', cap)
            );
            return (
              <li
                key={cap}
                className={fact ? `jp-mod-${fact.tone}` : undefined}
                title={fact?.reason ? visible(fact.reason) : undefined}
              >
                {visible(cap)}
              </li>
            );
          })}
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

import * as React from 'react';

import { visible } from '../escape';
import { factTone } from '../facts';
import { formatId, shortKernelId } from '../format';
import { IInspectionState } from '../tokens';
import { IReport } from '../types';
import { useView } from './context';
import { Words } from './fields';

/**
 * The kernel's own report beside the server's, differences called out first.
 */
export function Inspection(props: {
  state: IInspectionState | null;
  server: IReport | null;
}): JSX.Element {
  const { trans } = useView();
  const { state, server } = props;
  if (state === null) {
    return <div className="jp-IsolationInfo-inspection" />;
  }
  const inspection = state.result;
  if (inspection === null) {
    return (
      <div className="jp-IsolationInfo-inspection">
        <p>
          {trans.__(
            'Inspecting %1…',
            state.kernelName || trans.__('the kernel')
          )}
        </p>
      </div>
    );
  }
  const when = (
    <p className="jp-IsolationInfo-inspectedAt">
      {trans.__(
        'Kernel %1%2, inspected at %3',
        state.kernelName || trans.__('(none)'),
        state.kernelId ? ` ${shortKernelId(state.kernelId)}` : '',
        (state.finishedAt ?? state.startedAt).toLocaleTimeString()
      )}
    </p>
  );
  let body: React.ReactNode = null;
  switch (inspection.status) {
    case 'no-kernel':
      body = (
        <p>
          {trans.__('Open a notebook or console with a running kernel first.')}
        </p>
      );
      break;
    case 'unsupported':
      body = (
        <p>
          {trans.__(
            'Kernel inspection is not supported for %1 kernels.',
            inspection.language
          )}
        </p>
      );
      break;
    case 'busy':
      body = (
        <p>
          {trans.__(
            'The kernel is busy; inspect it again when it is idle. Nothing was queued.'
          )}
        </p>
      );
      break;
    case 'error':
      body = (
        <p className="jp-IsolationInfo-error">
          {visible(
            trans.__('Could not inspect the kernel: %1', inspection.message)
          )}
        </p>
      );
      break;
    case 'ok':
      body = server ? (
        <Comparison kernel={inspection.report} server={server} />
      ) : null;
  }
  return (
    <div className="jp-IsolationInfo-inspection">
      {when}
      {body}
    </div>
  );
}

function Comparison(props: { kernel: IReport; server: IReport }): JSX.Element {
  const { trans } = useView();
  const { kernel, server } = props;
  // Judged in the kernel against this server's facts (collector/differences.py).
  const differences = kernel.differences;
  const rows: Array<[string, (r: IReport) => string]> = [
    [trans.__('User'), r => formatId(r.run_as.uid, r.run_as.user)],
    [
      trans.__('Host UID'),
      r => `${r.user_namespace?.host_uid ?? trans.__('unknown')}`
    ],
    [trans.__('Home'), r => r.home?.path ?? '—'],
    [
      trans.__('App metadata'),
      r => factTone(r, 'metadata.read_only')?.text ?? trans.__('unknown')
    ],
    [
      trans.__("Beyond Docker's defaults"),
      r => r.capabilities?.beyond_docker_default.join(', ') || trans.__('none')
    ],
    [
      trans.__('Worst finding'),
      r => {
        // The first finding of the worst severity, in the collector's order.
        const worst = r.summary.worst_severity;
        return (
          r.findings.find(f => f.severity === worst)?.title ?? trans.__('none')
        );
      }
    ]
  ];
  return (
    <>
      <ul className="jp-IsolationInfo-differences">
        {differences === undefined ? (
          <li>
            {trans.__(
              'Not compared with this server: the kernel’s answer came without the comparison.'
            )}
          </li>
        ) : differences.length ? (
          differences.map(difference => (
            <li key={difference.id} className={`jp-mod-${difference.tone}`}>
              <Words text={visible(difference.text)} />
            </li>
          ))
        ) : (
          <li>{trans.__('The kernel and this server share one identity.')}</li>
        )}
      </ul>
      <table className="jp-IsolationInfo-table jp-IsolationInfo-stacking">
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{trans.__('Kernel')}</th>
            <th scope="col">{trans.__('Server')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td
                className="jp-IsolationInfo-kernelValue"
                data-label={trans.__('Kernel')}
                title={visible(value(kernel))}
              >
                <span className="jp-IsolationInfo-cell">
                  <Words text={visible(value(kernel))} />
                </span>
              </td>
              <td
                data-label={trans.__('Server')}
                title={visible(value(server))}
              >
                <span className="jp-IsolationInfo-cell">
                  <Words text={visible(value(server))} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

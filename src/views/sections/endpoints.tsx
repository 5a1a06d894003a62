import * as React from 'react';

import { visible } from '../../escape';
import { factKey, factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { Words } from '../fields';

/**
 * A table cell's text on one line, cut with an ellipsis when it does not
 * fit, whole on hover (with the collector's reason, when it gave one).
 */
function Cell(props: { text: string; reason?: string | null }): JSX.Element {
  const title = [props.text, props.reason ? visible(props.reason) : null]
    .filter(Boolean)
    .join('\n');
  return (
    <span className="jp-IsolationInfo-cell jp-IsolationInfo-text" title={title}>
      {props.text}
    </span>
  );
}

/**
 * Each endpoint: expected versus found, and how it was found; one row per
 * endpoint, keyed by its id. Where the table does not fit the sidebar, each
 * row reads as a stacked list of labelled cells (style: a container query).
 */
export function Endpoints(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const endpoints = props.report.endpoints;
  if (!endpoints) {
    return null;
  }
  const labels = {
    endpoint: trans.__('Endpoint'),
    expected: trans.__('Expected'),
    status: trans.__('Status'),
    how: trans.__('How')
  };
  return (
    <>
      <div className="jp-IsolationInfo-tableBox">
        <table className="jp-IsolationInfo-table jp-IsolationInfo-stacking">
          <thead>
            <tr>
              <th scope="col">{labels.endpoint}</th>
              <th scope="col">{labels.expected}</th>
              <th scope="col">{labels.status}</th>
              <th scope="col">{labels.how}</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map(endpoint => {
              // The collector's wording and tone of the status.
              const status = factTone(
                props.report,
                factKey('endpoints', null, endpoint.id, 'status')
              );
              return (
                <tr
                  key={endpoint.id}
                  data-endpoint-id={endpoint.id}
                  title={visible(endpoint.detail)}
                >
                  <td data-label={labels.endpoint}>
                    <div className="jp-IsolationInfo-cell">
                      <span className="jp-IsolationInfo-endpointName">
                        {visible(endpoint.name)}
                      </span>
                      <code
                        className="jp-IsolationInfo-address"
                        title={visible(endpoint.address)}
                      >
                        {visible(endpoint.address)}
                      </code>
                    </div>
                  </td>
                  <td data-label={labels.expected}>
                    <Cell
                      text={
                        endpoint.expected === 'blocked'
                          ? trans.__('blocked')
                          : trans.__('reachable')
                      }
                    />
                  </td>
                  <td
                    data-label={labels.status}
                    className={`jp-IsolationInfo-value jp-IsolationInfo-status${status ? ` jp-mod-${status.tone}` : ''}`}
                    data-tone={status?.tone}
                  >
                    <Cell
                      text={visible(status?.text ?? endpoint.status)}
                      reason={status?.reason}
                    />
                  </td>
                  <td data-label={labels.how}>
                    <Cell
                      text={
                        endpoint.method === 'connect'
                          ? trans.__('TCP connect')
                          : trans.__('route lookup')
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <details className="jp-IsolationInfo-raw">
        <summary>{trans.__('Details')}</summary>
        <ul>
          {endpoints.map(e => (
            <li key={e.id}>
              <Words text={visible(`${e.name}: ${e.detail}`)} />
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

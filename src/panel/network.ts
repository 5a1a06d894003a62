import { TranslationBundle } from '@jupyterlab/translation';

import { IEndpoint, IReport } from '../tokens';
import { el } from './dom';

function statusText(endpoint: IEndpoint, trans: TranslationBundle): string {
  switch (endpoint.status) {
    case 'blocked':
      return trans.__('blocked');
    case 'routable':
      return trans.__('routable (not probed)');
    case 'reachable':
      return trans.__('reachable');
    default:
      return trans.__('unknown');
  }
}

/**
 * A status that contradicts what is expected stands out; "routable" means a
 * route exists but no packet was sent, so it is neither proof nor alarm.
 */
function statusClass(endpoint: IEndpoint): string {
  if (endpoint.status === endpoint.expected) {
    return 'jp-mod-ok';
  }
  if (endpoint.status === 'reachable' || endpoint.status === 'blocked') {
    return 'jp-mod-critical';
  }
  return 'jp-mod-warning';
}

/**
 * Each endpoint: expected versus found, and how it was found.
 */
export function renderNetwork(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const endpoints = report.endpoints;
  if (!endpoints) {
    return null;
  }
  const table = el('table', { className: 'jp-IsolationInfo-table' });
  const head = el('tr');
  for (const label of [
    trans.__('Endpoint'),
    trans.__('Expected'),
    trans.__('Status'),
    trans.__('How')
  ]) {
    const th = el('th', { text: label });
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const endpoint of endpoints) {
    const name = el(
      'td',
      {},
      el('span', { text: endpoint.name }),
      el('code', {
        className: 'jp-IsolationInfo-address',
        text: endpoint.address
      })
    );
    const row = el(
      'tr',
      {},
      name,
      el('td', {
        text:
          endpoint.expected === 'blocked'
            ? trans.__('blocked')
            : trans.__('reachable')
      }),
      el('td', {
        className: `jp-IsolationInfo-value jp-IsolationInfo-status ${statusClass(endpoint)}`,
        text: statusText(endpoint, trans)
      }),
      el('td', {
        text:
          endpoint.method === 'connect'
            ? trans.__('TCP connect')
            : trans.__('route lookup')
      })
    );
    row.dataset.endpointId = endpoint.id;
    row.title = endpoint.detail;
    body.append(row);
  }
  table.append(body);
  const details = el(
    'details',
    { className: 'jp-IsolationInfo-raw' },
    el('summary', { text: trans.__('Details') }),
    el(
      'ul',
      {},
      ...endpoints.map(e => el('li', { text: `${e.name}: ${e.detail}` }))
    )
  );
  return [table, details];
}

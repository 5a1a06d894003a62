import { TranslationBundle } from '@jupyterlab/translation';

import {
  formatId,
  identityDifferences,
  readOnlyText,
  sortFindings
} from '../format';
import { IInspectionState } from '../model';
import { IReport } from '../tokens';
import { el } from './dom';

/**
 * The kernel's own report beside the server's, differences called out first.
 */
export function renderInspection(
  state: IInspectionState | null,
  server: IReport | null,
  trans: TranslationBundle
): HTMLElement {
  const box = el('div', { className: 'jp-IsolationInfo-inspection' });
  if (state === null) {
    return box;
  }
  const inspection = state.result;
  if (inspection === null) {
    box.append(
      el('p', {
        text: trans.__(
          'Inspecting %1…',
          state.kernelName || trans.__('the kernel')
        )
      })
    );
    return box;
  }
  const when = el('p', {
    className: 'jp-IsolationInfo-inspectedAt',
    text: trans.__(
      'Kernel %1%2, inspected at %3',
      state.kernelName || trans.__('(none)'),
      state.kernelId ? ` ${state.kernelId.slice(0, 8)}` : '',
      (state.finishedAt ?? state.startedAt).toLocaleTimeString()
    )
  });
  box.append(when);
  switch (inspection.status) {
    case 'no-kernel':
      box.append(
        el('p', {
          text: trans.__(
            'Open a notebook or console with a running kernel first.'
          )
        })
      );
      return box;
    case 'unsupported':
      box.append(
        el('p', {
          text: trans.__(
            'Kernel inspection is not supported for %1 kernels.',
            inspection.language
          )
        })
      );
      return box;
    case 'busy':
      box.append(
        el('p', {
          text: trans.__(
            'The kernel is busy; inspect it again when it is idle. Nothing was queued.'
          )
        })
      );
      return box;
    case 'error':
      box.append(
        el('p', {
          className: 'jp-IsolationInfo-error',
          text: trans.__('Could not inspect the kernel: %1', inspection.message)
        })
      );
      return box;
  }
  const kernel = inspection.report;
  if (!server) {
    return box;
  }
  const differences = identityDifferences(server, kernel, trans);
  const summary = el('ul', { className: 'jp-IsolationInfo-differences' });
  for (const sentence of differences.length
    ? differences
    : [trans.__('The kernel and this server share one identity.')]) {
    summary.append(el('li', { text: sentence }));
  }
  const table = el('table', { className: 'jp-IsolationInfo-table' });
  const head = el('tr');
  for (const label of ['', trans.__('Kernel'), trans.__('Server')]) {
    const th = el('th', { text: label });
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead', {}, head));
  const body = el('tbody');
  const rows: Array<[string, (r: IReport) => string]> = [
    [trans.__('User'), r => formatId(r.run_as.uid, r.run_as.user)],
    [
      trans.__('Host UID'),
      r => `${r.user_namespace?.host_uid ?? trans.__('unknown')}`
    ],
    [trans.__('Home'), r => r.home?.path ?? '—'],
    [
      trans.__('App metadata'),
      r =>
        r.metadata.found === null
          ? trans.__('unknown')
          : r.metadata.found
            ? readOnlyText(r.metadata.read_only, trans)
            : trans.__('not found')
    ],
    [
      trans.__("Beyond Docker's defaults"),
      r => r.capabilities?.beyond_docker_default.join(', ') || trans.__('none')
    ],
    [
      trans.__('Worst finding'),
      r => sortFindings(r.findings)[0]?.title ?? trans.__('none')
    ]
  ];
  for (const [label, value] of rows) {
    const th = el('th', { text: label });
    th.scope = 'row';
    body.append(
      el(
        'tr',
        {},
        th,
        el('td', {
          className: 'jp-IsolationInfo-kernelValue',
          text: value(kernel)
        }),
        el('td', { text: value(server) })
      )
    );
  }
  table.append(body);
  box.append(summary, table);
  return box;
}

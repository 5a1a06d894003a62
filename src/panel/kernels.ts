import { TranslationBundle } from '@jupyterlab/translation';

import { formatId } from '../format';
import { IReport } from '../tokens';
import { definitionList, el } from './dom';

/**
 * Each running kernel's identity, where its process is local.
 */
export function renderKernels(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const kernels = report.kernels;
  if (!kernels) {
    return null;
  }
  if (kernels.length === 0) {
    return [el('p', { text: trans.__('No kernel is running.') })];
  }
  const list = el('ul', { className: 'jp-IsolationInfo-kernelList' });
  for (const kernel of kernels) {
    const rows: Array<[string, string, string?]> = [
      [trans.__('Kernel'), `${kernel.name ?? ''} ${kernel.id.slice(0, 8)}`]
    ];
    if (kernel.uid !== undefined) {
      rows.push([trans.__('Runs as'), formatId(kernel.uid, kernel.user)]);
      rows.push([
        trans.__('Host UID'),
        kernel.host_uid === null || kernel.host_uid === undefined
          ? trans.__('unknown')
          : `${kernel.host_uid}`,
        'jp-IsolationInfo-value'
      ]);
    }
    const beyond = kernel.capabilities?.beyond_docker_default;
    if (beyond) {
      rows.push([
        trans.__("Beyond Docker's defaults"),
        beyond.join(', ') || trans.__('none'),
        beyond.length ? 'jp-mod-warning' : undefined
      ]);
    }
    if (kernel.error) {
      rows.push([trans.__('Note'), kernel.error]);
    }
    list.append(el('li', {}, definitionList(rows, trans)));
  }
  return [list];
}

import * as React from 'react';

import { factKey, factTone } from '../../facts';
import { formatId, shortKernelId } from '../../format';
import { IReport } from '../../types';
import { useView } from '../context';
import { Fields, IField } from '../fields';

/**
 * Each running kernel's identity, where its process is local; one item per
 * kernel, keyed by its id.
 */
export function Kernels(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const kernels = props.report.kernels;
  if (!kernels) {
    return null;
  }
  if (kernels.length === 0) {
    return <p>{trans.__('No kernel is running.')}</p>;
  }
  return (
    <ul className="jp-IsolationInfo-kernelList">
      {kernels.map(kernel => {
        const fact = (field: string) =>
          factTone(props.report, factKey('kernels', null, kernel.id, field));
        const rows: IField[] = [
          {
            label: trans.__('Kernel'),
            value: `${kernel.name ?? ''} ${shortKernelId(kernel.id)}`
          }
        ];
        if (kernel.uid !== undefined) {
          rows.push({
            label: trans.__('Runs as'),
            value: formatId(kernel.uid, kernel.user)
          });
          rows.push({
            label: trans.__('Host UID'),
            value:
              kernel.host_uid === null || kernel.host_uid === undefined
                ? trans.__('unknown')
                : `${kernel.host_uid}`,
            className: 'jp-IsolationInfo-value',
            fact: fact('host_uid')
          });
        }
        const beyond = kernel.capabilities?.beyond_docker_default;
        if (beyond !== undefined) {
          // null: the set could not be read (the tone carries why), never "none".
          rows.push({
            label: trans.__("Beyond Docker's defaults"),
            value:
              beyond === null
                ? trans.__('unknown')
                : beyond.join(', ') || trans.__('none'),
            fact: fact('capabilities')
          });
        }
        if (kernel.error) {
          rows.push({ label: trans.__('Note'), value: kernel.error });
        }
        return (
          <li key={kernel.id} data-kernel-id={kernel.id}>
            <Fields rows={rows} />
          </li>
        );
      })}
    </ul>
  );
}

import * as React from 'react';

import { factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField } from '../fields';

/**
 * Resource limits: memory, CPU and processes of the server's cgroups, in
 * the collector's wording (people's units; the report keeps bytes and µs).
 */
export function Limits(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const report = props.report;
  const limits = report.limits;
  if (!limits) {
    return null;
  }
  const unknown = trans.__('unknown');
  const count = (value: number | null) =>
    value === null ? unknown : `${value}`;
  const fact = (key: string) => factTone(report, `limits.${key}`);
  const rows: IField[] = [
    {
      label: trans.__('Memory limit'),
      value: unknown,
      fact: fact('memory.limit_bytes')
    },
    {
      label: trans.__('Memory in use'),
      value: unknown,
      fact: fact('memory.usage_bytes')
    },
    {
      label: trans.__('Memory peak'),
      value: unknown,
      fact: fact('memory.peak_bytes')
    },
    {
      label: trans.__('Machine memory'),
      value: unknown,
      fact: fact('memory.machine_bytes')
    },
    {
      label: trans.__('OOM kills'),
      value: count(limits.memory.oom_kill),
      fact: fact('memory.oom_kill')
    },
    {
      label: trans.__('CPU quota'),
      value: unknown,
      fact: fact('cpu.quota_cpus')
    },
    {
      label: trans.__('os.cpu_count()'),
      value: count(limits.cpu.online_cpus)
    },
    {
      label: trans.__('CPUs at once'),
      value: unknown,
      fact: fact('cpu.usable_cpus')
    },
    {
      label: trans.__('Processes'),
      value: unknown,
      fact: fact('pids.current')
    },
    {
      label: trans.__('cgroup version'),
      value: limits.cgroup_version ?? unknown
    }
  ];
  const errors = [
    limits.error,
    limits.memory.error,
    limits.cpu.error,
    limits.pids.error
  ].filter((error): error is string => !!error);
  return (
    <>
      <Fields rows={rows} />
      {errors.map(error => (
        <ErrorLine key={error} message={error} />
      ))}
    </>
  );
}

import * as React from 'react';

import { formatId } from '../../format';
import { factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField } from '../fields';

/**
 * Who the server runs as: user, groups, sudo and the passwd home.
 */
export function RunAs(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const runAs = props.report.run_as;
  if (!runAs) {
    return null;
  }
  const unknown = trans.__('unknown');
  const primary = runAs.groups.find(g => g.gid === runAs.gid);
  const rows: IField[] = [
    {
      label: trans.__('User'),
      value: formatId(runAs.uid, runAs.user),
      className: 'jp-IsolationInfo-value jp-IsolationInfo-user'
    },
    { label: trans.__('Group'), value: formatId(runAs.gid, primary?.name) },
    {
      label: trans.__('Groups'),
      value:
        runAs.groups.map(group => formatId(group.gid, group.name)).join(', ') ||
        trans.__('none')
    },
    {
      label: trans.__('Sudo'),
      value: runAs.sudo ?? unknown,
      fact: factTone(props.report, 'run_as.sudo')
    }
  ];
  if (runAs.sudo_detail) {
    rows.push({ label: trans.__('What sudo gives'), value: runAs.sudo_detail });
  }
  rows.push({ label: trans.__('Home (passwd)'), value: runAs.home ?? unknown });
  return (
    <>
      <Fields rows={rows} />
      {runAs.error && <ErrorLine message={runAs.error} />}
    </>
  );
}

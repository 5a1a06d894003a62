import * as React from 'react';

import { factTone } from '../../facts';
import { formatId } from '../../format';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField, yesNo } from '../fields';

/**
 * Who owns the home directory, here and on the host, and where it lives.
 */
export function Home(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const report = props.report;
  const home = report.home;
  const fact = (field: string) => factTone(report, `home.${field}`);
  if (!home) {
    return null;
  }
  const unknown = trans.__('unknown');
  const owner =
    home.owner_uid === null || home.owner_uid === undefined
      ? unknown
      : formatId(home.owner_uid, home.owner_name);
  const rows: IField[] = [
    { label: trans.__('Path'), value: home.path ?? unknown },
    {
      label: trans.__('Exists'),
      value: yesNo(home.exists, trans),
      fact: fact('exists')
    },
    { label: trans.__('Owner'), value: owner, fact: fact('owner_uid') },
    {
      label: trans.__('Host owner UID'),
      value:
        home.host_owner_uid === null || home.host_owner_uid === undefined
          ? unknown
          : `${home.host_owner_uid}`,
      className: 'jp-IsolationInfo-value',
      fact: fact('host_owner_uid')
    },
    {
      label: trans.__('Mode'),
      value: home.mode ?? unknown,
      fact: fact('mode')
    },
    {
      label: trans.__('Owned by the run-as user'),
      value: yesNo(home.owner_is_run_as, trans),
      fact: fact('owner_is_run_as')
    },
    {
      label: trans.__('Owner mapping'),
      value: unknown,
      fact: fact('owner_unmapped')
    },
    { label: trans.__('File system'), value: home.filesystem ?? unknown },
    { label: trans.__('Mount source'), value: home.mount_source ?? unknown }
  ];
  return (
    <>
      <Fields rows={rows} />
      {home.error && <ErrorLine message={home.error} />}
    </>
  );
}

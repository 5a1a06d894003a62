import * as React from 'react';

import { formatId } from '../../format';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField, yesNo } from '../fields';

/**
 * Who owns the home directory, here and on the host, and where it lives.
 */
export function Home(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const home = props.report.home;
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
    { label: trans.__('Exists'), value: yesNo(home.exists, trans) },
    { label: trans.__('Owner'), value: owner },
    {
      label: trans.__('Host owner UID'),
      value:
        home.host_owner_uid === null || home.host_owner_uid === undefined
          ? unknown
          : `${home.host_owner_uid}`,
      className: 'jp-IsolationInfo-value'
    },
    { label: trans.__('Mode'), value: home.mode ?? unknown },
    {
      label: trans.__('Owned by the run-as user'),
      value: yesNo(home.owner_is_run_as, trans),
      className: home.owner_is_run_as === false ? 'jp-mod-warning' : undefined
    },
    { label: trans.__('File system'), value: home.filesystem ?? unknown },
    { label: trans.__('Mount source'), value: home.mount_source ?? unknown }
  ];
  if (home.owner_unmapped) {
    rows.push({
      label: trans.__('Owner mapping'),
      value: trans.__(
        'unmapped: the host owner has no id inside this container'
      ),
      className: 'jp-mod-warning'
    });
  }
  return (
    <>
      <Fields rows={rows} />
      {home.error && <ErrorLine message={home.error} />}
    </>
  );
}

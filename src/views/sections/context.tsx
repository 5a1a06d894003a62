import * as React from 'react';

import { visible } from '../../escape';
import { factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField, Prose, yesNo } from '../fields';

/**
 * Where am I: partition, region, account, domain, space or profile, app, role.
 */
export function Context(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const context = props.report.context;
  if (!context) {
    return null;
  }
  const unknown = trans.__('unknown');
  const kind = {
    classic: trans.__('Studio Classic'),
    new: trans.__('new Studio'),
    other: trans.__('another SageMaker app')
  };
  const rows: IField[] = [
    {
      label: trans.__('Studio'),
      value: context.in_studio
        ? context.studio
          ? kind[context.studio]
          : unknown
        : trans.__('not a Studio app')
    },
    {
      label: trans.__('App'),
      value: `${context.app_type ?? unknown} / ${context.app_name ?? unknown}`
    },
    { label: trans.__('Region'), value: context.region ?? unknown },
    { label: trans.__('Account'), value: context.account ?? unknown },
    { label: trans.__('Domain'), value: context.domain ?? unknown },
    { label: trans.__('Space'), value: context.space ?? unknown },
    { label: trans.__('User profile'), value: context.user_profile ?? unknown },
    {
      label: trans.__('Execution role'),
      value: context.execution_role ?? unknown
    },
    {
      label: trans.__('HOME moved'),
      value: yesNo(context.home_moved, trans),
      fact: factTone(props.report, 'context.home_moved')
    }
  ];
  return (
    <>
      <Fields rows={rows} />
      {context.meaning && <Prose text={visible(context.meaning)} />}
      {context.error && <ErrorLine message={context.error} />}
    </>
  );
}

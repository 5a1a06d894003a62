import * as React from 'react';

import { visible } from '../../escape';
import { factKey, factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, IField, Prose } from '../fields';

/**
 * The Kubernetes Pod Security Standards as the process runs: the level over
 * the controls that could be measured, then each control with its status in
 * the collector's wording and tone (the measured value and why on hover).
 */
export function Policy(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const report = props.report;
  const policy = report.policy;
  if (!policy) {
    return null;
  }
  const rows: IField[] = [
    {
      label: trans.__('Level'),
      value: policy.level ?? trans.__('unknown'),
      fact: factTone(report, 'policy.level')
    }
  ];
  for (const control of policy.controls) {
    rows.push({
      id: `control:${control.id}`,
      label: `${control.level === 'restricted' ? trans.__('Restricted') : trans.__('Baseline')}: ${control.title}`,
      value: control.status,
      fact: factTone(
        report,
        factKey('policy', 'controls', control.id, 'status')
      )
    });
  }
  return (
    <>
      <Prose
        className="jp-IsolationInfo-note"
        text={visible(policy.level_text)}
      />
      <Fields rows={rows} />
      {policy.error && <ErrorLine message={policy.error} />}
    </>
  );
}

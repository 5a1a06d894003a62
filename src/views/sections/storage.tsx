import * as React from 'react';

import { factKey, factTone } from '../../facts';
import { IReport } from '../../types';
import { useView } from '../context';
import { Fields } from '../fields';

/**
 * Where files live: what is on the shared EFS volume, what on the instance's
 * own disk, and what is read-only.
 */
export function Storage(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const storage = props.report.storage;
  if (!storage?.length) {
    return null;
  }
  const unknown = trans.__('unknown');
  return (
    <Fields
      rows={storage.map(entry => {
        const readOnly = factTone(
          props.report,
          factKey('storage', null, entry.path, 'read_only')
        );
        return {
          label: entry.path,
          value: trans.__(
            '%1 from %2, %3',
            entry.filesystem ?? unknown,
            entry.mount_source ?? unknown,
            readOnly?.text ?? unknown
          ),
          className: readOnly ? `jp-mod-${readOnly.tone}` : undefined
        };
      })}
    />
  );
}

import * as React from 'react';

import { visible } from '../../escape';
import { factTone } from '../../facts';
import { flattenJSON } from '../../format';
import { IReport } from '../../types';
import { useView } from '../context';
import { ErrorLine, Fields, Prose } from '../fields';

/**
 * How many fields a large metadata file shows until the user asks for all:
 * drawing tens of thousands of rows would block the page on every poll.
 */
export const FIRST_FIELDS = 200;

/**
 * The app metadata file: every field as read (nested ones as dotted paths,
 * each row keyed by its path), and whether the file is really read-only.
 */
export function Metadata(props: { report: IReport }): JSX.Element | null {
  const { trans, allFields, showAllFields } = useView();
  const metadata = props.report.metadata;
  if (!metadata) {
    return null;
  }
  const rows = metadata.fields ? flattenJSON(metadata.fields) : null;
  const shown = rows && (allFields ? rows : rows.slice(0, FIRST_FIELDS));
  return (
    <>
      <Fields
        rows={[
          {
            label: trans.__('File'),
            value: metadata.path ?? trans.__('unknown')
          },
          {
            label: trans.__('State'),
            value: trans.__('unknown'),
            fact: factTone(props.report, 'metadata.read_only')
          }
        ]}
      />
      {metadata.error && <ErrorLine message={metadata.error} />}
      {(metadata.notes ?? []).map(note => (
        <Prose
          key={note}
          className="jp-IsolationInfo-note"
          text={visible(note)}
        />
      ))}
      {rows && shown && (
        <details className="jp-IsolationInfo-raw">
          <summary>{trans._n('%1 field', '%1 fields', rows.length)}</summary>
          <Fields rows={shown.map(([key, value]) => ({ label: key, value }))} />
          {shown.length < rows.length && (
            <button
              type="button"
              className="jp-Button jp-mod-styled jp-mod-reject"
              data-show-all=""
              onClick={showAllFields}
            >
              {trans.__(
                'Showing %1 of %2 fields: show all',
                shown.length,
                rows.length
              )}
            </button>
          )}
        </details>
      )}
    </>
  );
}

import { TranslationBundle } from '@jupyterlab/translation';

import { flattenJSON } from '../format';
import { IReport } from '../tokens';
import { definitionList, el, errorLine } from './dom';

/**
 * The app metadata file: every field as read (nested ones as dotted paths),
 * and whether the file is really read-only.
 */
export function renderMetadata(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const metadata = report.metadata;
  if (!metadata) {
    return null;
  }
  let state: string;
  let stateClass: string | undefined;
  if (!metadata.found) {
    state = trans.__('not found: this does not look like a Studio app');
  } else if (metadata.read_only === true) {
    state = trans.__('read-only');
    stateClass = 'jp-IsolationInfo-value jp-mod-ok';
  } else if (metadata.read_only === false) {
    state = trans.__('writable: it should be mounted read-only');
    stateClass = 'jp-IsolationInfo-value jp-mod-warning';
  } else {
    state = trans.__('unknown');
  }
  const children: Node[] = [
    definitionList(
      [
        [trans.__('File'), metadata.path ?? trans.__('unknown')],
        [trans.__('State'), state, stateClass]
      ],
      trans
    )
  ];
  if (metadata.error) {
    children.push(errorLine(metadata.error));
  }
  if (metadata.fields) {
    const rows = flattenJSON(metadata.fields);
    const fields = el(
      'details',
      { className: 'jp-IsolationInfo-raw' },
      el('summary', { text: trans._n('%1 field', '%1 fields', rows.length) }),
      definitionList(
        rows.map(([key, value]) => [key, value]),
        trans
      )
    );
    children.push(fields);
  }
  return children;
}

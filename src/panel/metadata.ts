import { TranslationBundle } from '@jupyterlab/translation';

import { flattenJSON } from '../format';
import { IReport } from '../tokens';
import { definitionList, el, errorLine } from './dom';
import { IViewOptions } from './sectionlist';

/**
 * How many fields a large metadata file shows until the user asks for all:
 * drawing tens of thousands of rows would block the page on every poll.
 */
export const FIRST_FIELDS = 200;

/**
 * The app metadata file: every field as read (nested ones as dotted paths),
 * and whether the file is really read-only.
 */
export function renderMetadata(
  report: IReport,
  trans: TranslationBundle,
  view: IViewOptions = { allFields: false }
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
  for (const note of metadata.notes ?? []) {
    children.push(el('p', { className: 'jp-IsolationInfo-note', text: note }));
  }
  if (metadata.fields) {
    const rows = flattenJSON(metadata.fields);
    const shown = view.allFields ? rows : rows.slice(0, FIRST_FIELDS);
    const fields = el(
      'details',
      { className: 'jp-IsolationInfo-raw' },
      el('summary', { text: trans._n('%1 field', '%1 fields', rows.length) }),
      definitionList(
        shown.map(([key, value]) => [key, value]),
        trans
      )
    );
    if (shown.length < rows.length) {
      const more = el('button', {
        className: 'jp-Button jp-mod-styled jp-mod-reject',
        text: trans.__(
          'Showing %1 of %2 fields: show all',
          shown.length,
          rows.length
        )
      });
      more.type = 'button';
      more.dataset.showAll = '';
      fields.append(more);
    }
    children.push(fields);
  }
  return children;
}

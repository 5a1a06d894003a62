import { TranslationBundle } from '@jupyterlab/translation';

import { readOnlyText } from '../format';
import { IReport } from '../tokens';
import { definitionList } from './dom';

/**
 * Where files live: what is on the shared EFS volume, what on the instance's
 * own disk, and what is read-only.
 */
export function renderStorage(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const storage = report.storage;
  if (!storage?.length) {
    return null;
  }
  const unknown = trans.__('unknown');
  return [
    definitionList(
      storage.map(entry => [
        entry.path,
        trans.__(
          '%1 from %2, %3',
          entry.filesystem ?? unknown,
          entry.mount_source ?? unknown,
          readOnlyText(entry.read_only, trans)
        )
      ]),
      trans
    )
  ];
}

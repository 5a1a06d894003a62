import type { TranslationBundle } from '@jupyterlab/translation';

import { Severity } from '../types';

/**
 * A severity's name in the user's language.
 */
export function severityLabel(
  severity: Severity,
  trans: TranslationBundle
): string {
  switch (severity) {
    case 'critical':
      return trans.__('Critical');
    case 'warning':
      return trans.__('Warning');
    case 'info':
      return trans.__('Info');
  }
}

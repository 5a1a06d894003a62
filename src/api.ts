import { ServerConnection } from '@jupyterlab/services';

import { requestAPI } from './request';
import { IReport } from './tokens';

/**
 * The isolation report; `refresh` skips the server's short cache.
 */
export function fetchReport(
  serverSettings: ServerConnection.ISettings,
  options: { refresh?: boolean } = {}
): Promise<IReport> {
  return requestAPI<IReport>(
    options.refresh ? 'report?refresh=1' : 'report',
    serverSettings
  );
}

import { ServerConnection } from '@jupyterlab/services';

import { requestAPI } from './request';
import { IReport } from './tokens';
import { Schema } from './validate';

/**
 * The server tags what it serves (an ETag, `Cache-Control: no-cache`): the
 * browser keeps the last answer and asks with its tag, and an unchanged one
 * comes back as a bodiless 304, instead of JupyterLab's default cache-busting
 * query making every request new.
 */
const REVALIDATE: RequestInit = { cache: 'no-cache' };

/**
 * The isolation report; `refresh` skips the server's short cache.
 */
export function fetchReport(
  serverSettings: ServerConnection.ISettings,
  options: { refresh?: boolean } = {}
): Promise<IReport> {
  return requestAPI<IReport>(
    options.refresh ? 'report?refresh=1' : 'report',
    serverSettings,
    REVALIDATE
  );
}

/**
 * Ask the server to run its active probes of the targets it is configured
 * with (the request names none). Answers 409 when probes are off, 429 when
 * asked again too soon.
 */
export function runProbes(
  serverSettings: ServerConnection.ISettings
): Promise<IReport> {
  return requestAPI<IReport>('probe', serverSettings, { method: 'POST' });
}

/**
 * The silent execute request that collects a kernel's own report: collector
 * source from the installed server package, options from server config.
 */
export interface IKernelCode {
  code: string;
  expression: string;
}

export function fetchKernelCode(
  serverSettings: ServerConnection.ISettings
): Promise<IKernelCode> {
  return requestAPI<IKernelCode>('kernel-code', serverSettings);
}

/**
 * The cached report as Markdown, rendered on the server by the collector's
 * one Markdown renderer: byte for byte what `jupyter isolation-info
 * --markdown` prints for the same report.
 */
export function fetchMarkdown(
  serverSettings: ServerConnection.ISettings
): Promise<string> {
  return requestAPI<string>('report?format=markdown', serverSettings, {
    ...REVALIDATE,
    headers: { Accept: 'text/markdown' }
  });
}

/**
 * The JSON Schema the server's reports follow (the package's
 * report.schema.json).
 */
export function fetchSchema(
  serverSettings: ServerConnection.ISettings
): Promise<Schema> {
  return requestAPI<Schema>('schema', serverSettings, REVALIDATE);
}

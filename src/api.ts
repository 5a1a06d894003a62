import { ServerConnection } from '@jupyterlab/services';

import { requestAPI, requestWithHeaders } from './request';
import { IReport } from './types';
import { Schema } from './validate';

/**
 * The server tags what it serves (an ETag, `Cache-Control: no-cache`): the
 * browser keeps the last answer and asks with its tag, and an unchanged one
 * comes back as a bodiless 304, instead of JupyterLab's default cache-busting
 * query making every request new.
 */
const REVALIDATE: RequestInit = { cache: 'no-cache' };

/**
 * A report as the server served it, with the ETag of its bytes (null from a
 * server that sends none).
 */
export interface IServedReport {
  report: IReport;
  etag: string | null;
}

/**
 * The isolation report; `refresh` skips the server's short cache.
 */
export async function fetchReport(
  serverSettings: ServerConnection.ISettings,
  options: { refresh?: boolean } = {}
): Promise<IServedReport> {
  const { data, headers } = await requestWithHeaders<IReport>(
    options.refresh ? 'report?refresh=1' : 'report',
    serverSettings,
    REVALIDATE
  );
  return { report: data, etag: headers.get('ETag') };
}

/**
 * Ask the server to run its active probes of the targets it is configured
 * with (the request names none). Answers 409 when probes are off, 429 when
 * asked again too soon.
 */
export async function runProbes(
  serverSettings: ServerConnection.ISettings
): Promise<IServedReport> {
  const { data, headers } = await requestWithHeaders<IReport>(
    'probe',
    serverSettings,
    { method: 'POST' }
  );
  return { report: data, etag: headers.get('ETag') };
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
  serverSettings: ServerConnection.ISettings,
  options: { explain?: string } = {}
): Promise<IKernelCode> {
  // With `explain`, the request explains that path in the kernel instead.
  const query =
    options.explain === undefined
      ? ''
      : `?${new URLSearchParams({ explain: options.explain }).toString()}`;
  return requestAPI<IKernelCode>(`kernel-code${query}`, serverSettings);
}

/**
 * The report whose JSON had the ETag `etag`, as Markdown, rendered on the
 * server by the collector's one Markdown renderer: byte for byte what
 * `jupyter isolation-info --markdown` prints for that report. The server
 * keeps the last few reports it served; for an older one it answers 412
 * with a sentence, never a newer report's Markdown.
 */
export function fetchMarkdown(
  serverSettings: ServerConnection.ISettings,
  etag: string
): Promise<string> {
  return requestAPI<string>(
    `report?format=markdown&of=${encodeURIComponent(etag)}`,
    serverSettings,
    { ...REVALIDATE, headers: { Accept: 'text/markdown' } }
  );
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

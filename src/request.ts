/**
 * Every request the front end makes to the server extension, through one
 * helper: JupyterLab's ServerConnection (its token, XSRF header and fetch),
 * under the server's own base URL, so it works behind JupyterHub
 * (`/user/<name>/`) and in Studio (`/jupyterlab/default/`).
 */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

/**
 * The server tags what it serves (an ETag, `Cache-Control: no-cache`): the
 * browser keeps the last answer and asks with its tag, and an unchanged one
 * comes back as a bodiless 304, instead of JupyterLab's default cache-busting
 * query making every request new.
 */
const REVALIDATE: RequestInit = { cache: 'no-cache' };

/**
 * An answer of the server extension: its body (parsed when JSON, else the
 * text) and its headers.
 */
export interface IAnswer<T> {
  data: T;
  headers: Headers;
}

/**
 * GET (or `init.method`) `isolation-info/<endPoint>`; a refusal throws
 * ServerConnection.ResponseError with the server's message.
 */
export async function requestAPI<T = unknown>(
  endPoint: string,
  serverSettings: ServerConnection.ISettings,
  init: RequestInit = {}
): Promise<IAnswer<T>> {
  const requestUrl = URLExt.join(
    serverSettings.baseUrl,
    'isolation-info',
    endPoint
  );

  let response: Response;
  try {
    response = await ServerConnection.makeRequest(
      requestUrl,
      init,
      serverSettings
    );
  } catch (error) {
    throw new ServerConnection.NetworkError(error as TypeError);
  }

  let data: any = await response.text();
  if (data.length > 0) {
    try {
      data = JSON.parse(data);
    } catch {
      // Not JSON (an HTML error page, Markdown): keep the text.
    }
  }

  if (!response.ok) {
    throw new ServerConnection.ResponseError(response, data?.message ?? data);
  }
  return { data: data as T, headers: response.headers };
}

/**
 * A report as the server served it (unchecked: the model validates it),
 * with the ETag of its bytes (null from a server that sends none).
 */
export interface IServedReport {
  report: unknown;
  etag: string | null;
}

function served({ data, headers }: IAnswer<unknown>): IServedReport {
  return { report: data, etag: headers.get('ETag') };
}

/**
 * The isolation report; `refresh` skips the server's short cache.
 */
export async function fetchReport(
  serverSettings: ServerConnection.ISettings,
  options: { refresh?: boolean } = {}
): Promise<IServedReport> {
  return served(
    await requestAPI(
      options.refresh ? 'report?refresh=1' : 'report',
      serverSettings,
      REVALIDATE
    )
  );
}

/**
 * Ask the server to run its active probes of the targets it is configured
 * with (the request names none). Answers 409 when probes are off, 429 when
 * asked again too soon.
 */
export async function runProbes(
  serverSettings: ServerConnection.ISettings
): Promise<IServedReport> {
  return served(await requestAPI('probe', serverSettings, { method: 'POST' }));
}

/**
 * The silent execute request that collects a kernel's own report: collector
 * source from the installed server package, options from server config.
 */
export interface IKernelCode {
  code: string;
  expression: string;
}

export async function fetchKernelCode(
  serverSettings: ServerConnection.ISettings,
  options: { explain?: string } = {}
): Promise<IKernelCode> {
  // With `explain`, the request explains that path in the kernel instead.
  const query =
    options.explain === undefined
      ? ''
      : `?${new URLSearchParams({ explain: options.explain }).toString()}`;
  return (await requestAPI<IKernelCode>(`kernel-code${query}`, serverSettings))
    .data;
}

/**
 * Markdown from the server, or an error that says it sent something else
 * (a server extension older than this front end sends JSON).
 */
async function markdown(
  endPoint: string,
  serverSettings: ServerConnection.ISettings,
  init: RequestInit = {}
): Promise<string> {
  const { data } = await requestAPI(endPoint, serverSettings, init);
  if (typeof data !== 'string') {
    throw new Error('the server sent no Markdown; update the server extension');
  }
  return data;
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
  return markdown(
    `report?format=markdown&of=${encodeURIComponent(etag)}`,
    serverSettings,
    { ...REVALIDATE, headers: { Accept: 'text/markdown' } }
  );
}

/**
 * One path's explanation from the server (unchecked: the model validates
 * it); the path is the file browser's (relative to the server's root).
 */
export async function fetchExplanation(
  path: string,
  serverSettings: ServerConnection.ISettings
): Promise<unknown> {
  const query = new URLSearchParams({ path }).toString();
  return (await requestAPI(`explain?${query}`, serverSettings)).data;
}

/**
 * The collector's Markdown rendering of the same path.
 */
export function fetchExplanationMarkdown(
  path: string,
  serverSettings: ServerConnection.ISettings
): Promise<string> {
  const query = new URLSearchParams({ path, format: 'markdown' }).toString();
  return markdown(`explain?${query}`, serverSettings);
}

/**
 * The server's answer about a kernel's last death (unchecked).
 */
export async function fetchKernelDeath(
  kernelId: string,
  serverSettings: ServerConnection.ISettings
): Promise<unknown> {
  return (
    await requestAPI(
      `kernels/${encodeURIComponent(kernelId)}/death`,
      serverSettings
    )
  ).data;
}

/**
 * The walk of `path` (from the server's root; '' is the root): started, or
 * joined while it runs, or the kept finished one (unless `refresh`).
 * Unchecked: the space model validates it.
 */
export async function fetchSpaceWalk(
  path: string,
  serverSettings: ServerConnection.ISettings,
  options: { refresh?: boolean } = {}
): Promise<unknown> {
  return (await requestAPI(spaceQuery(path, options.refresh), serverSettings))
    .data;
}

/**
 * Cancel the running walk of `path`; the walk as it then stands
 * (unchecked).
 */
export async function cancelSpaceWalk(
  path: string,
  serverSettings: ServerConnection.ISettings
): Promise<unknown> {
  return (
    await requestAPI(spaceQuery(path), serverSettings, { method: 'DELETE' })
  ).data;
}

function spaceQuery(path: string, refresh = false): string {
  const query = new URLSearchParams({ path });
  if (refresh) {
    query.set('refresh', '1');
  }
  return `space?${query.toString()}`;
}

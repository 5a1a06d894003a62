import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

/**
 * Call the server extension under the server's own base URL, so it works
 * behind JupyterHub (`/user/<name>/`) and in Studio (`/jupyterlab/default/`).
 */
export async function requestAPI<T>(
  endPoint: string,
  serverSettings: ServerConnection.ISettings,
  init: RequestInit = {}
): Promise<T> {
  return (await requestWithHeaders<T>(endPoint, serverSettings, init)).data;
}

/**
 * As requestAPI, with the answer's headers (its ETag, say).
 */
export async function requestWithHeaders<T>(
  endPoint: string,
  serverSettings: ServerConnection.ISettings,
  init: RequestInit = {}
): Promise<{ data: T; headers: Headers }> {
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
      // Not JSON (an HTML error page, say): keep the text for the message.
    }
  }

  if (!response.ok) {
    throw new ServerConnection.ResponseError(response, data?.message ?? data);
  }
  return { data: data as T, headers: response.headers };
}

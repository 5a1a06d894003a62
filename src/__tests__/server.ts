/**
 * A server for the frontend tests: server settings whose fetch answers every
 * request from the test's own function.
 */
import { ServerConnection } from '@jupyterlab/services';

export type Answer = (
  url: string,
  init?: RequestInit
) => Response | Promise<Response>;

export interface IFakeServer {
  settings: ServerConnection.ISettings;
  /**
   * Every request, in order.
   */
  urls: string[];
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' }
  });
}

export function fakeServer(
  answer: Answer,
  options: { baseUrl?: string } = {}
): IFakeServer {
  const urls: string[] = [];
  const settings = ServerConnection.makeSettings({
    baseUrl: options.baseUrl ?? 'http://localhost:8888/',
    fetch: (async (input: RequestInfo, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input.url;
      urls.push(url);
      return answer(url, init ?? (input as Request));
    }) as typeof fetch
  });
  return { settings, urls };
}

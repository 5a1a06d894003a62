/**
 * A server for the frontend tests: server settings whose fetch answers the
 * report schema as the server extension serves it, and every other request
 * from the test's own function.
 */
import { ServerConnection } from '@jupyterlab/services';

import { reportSchema } from './golden';

export type Answer = (
  url: string,
  init?: RequestInit
) => Response | Promise<Response>;

export interface IFakeServer {
  settings: ServerConnection.ISettings;
  /**
   * Every request but the schema's, in order.
   */
  urls: string[];
  schemaUrls: string[];
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' }
  });
}

export function fakeServer(
  answer: Answer,
  options: { baseUrl?: string; answerSchema?: () => Response } = {}
): IFakeServer {
  const answerSchema = options.answerSchema ?? (() => json(reportSchema()));
  const urls: string[] = [];
  const schemaUrls: string[] = [];
  const settings = ServerConnection.makeSettings({
    baseUrl: options.baseUrl ?? 'http://localhost:8888/',
    fetch: (async (input: RequestInfo, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input.url;
      if (/\/isolation-info\/schema(\?|$)/.test(url)) {
        schemaUrls.push(url);
        return answerSchema();
      }
      urls.push(url);
      return answer(url, init ?? (input as Request));
    }) as typeof fetch
  });
  return { settings, urls, schemaUrls };
}

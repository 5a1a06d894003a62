import { ServerConnection } from '@jupyterlab/services';

import { requestAPI } from '../request';
import { IExplanation, isExplanation } from './types';

/**
 * One path's explanation from the server; the path is the file browser's
 * (relative to the server's root directory).
 */
export async function fetchExplanation(
  path: string,
  serverSettings: ServerConnection.ISettings
): Promise<IExplanation> {
  const query = new URLSearchParams({ path }).toString();
  const answer = await requestAPI<unknown>(`explain?${query}`, serverSettings);
  if (!isExplanation(answer)) {
    throw new Error('the server sent an answer of an unknown shape');
  }
  return answer;
}

/**
 * The collector's Markdown rendering of the same path.
 */
export async function fetchExplanationMarkdown(
  path: string,
  serverSettings: ServerConnection.ISettings
): Promise<string> {
  const query = new URLSearchParams({ path, format: 'markdown' }).toString();
  const markdown = await requestAPI<unknown>(
    `explain?${query}`,
    serverSettings
  );
  if (typeof markdown !== 'string') {
    throw new Error('the server sent no Markdown');
  }
  return markdown;
}

import {
  fetchExplanation,
  fetchExplanationMarkdown,
  fetchKernelCode,
  fetchKernelDeath,
  fetchMarkdown,
  fetchReport,
  requestAPI,
  runProbes
} from '../request';
import { fakeServer, json } from './server';

// Studio serves JupyterLab under a base URL.
const BASE = 'http://localhost:8888/jupyterlab/default/';

/**
 * A URL without the cache-busting query JupyterLab adds to requests that do
 * not ask the browser's cache to revalidate.
 */
const asked = (urls: string[]) => urls.map(url => url.replace(/[?&]\d+$/, ''));

describe('request', () => {
  it.each<[string, (settings: any) => Promise<unknown>, string]>([
    ['the report', s => fetchReport(s), 'isolation-info/report'],
    [
      'the report, fresh',
      s => fetchReport(s, { refresh: true }),
      'isolation-info/report?refresh=1'
    ],
    ['a probe run', s => runProbes(s), 'isolation-info/probe'],
    ['the kernel code', s => fetchKernelCode(s), 'isolation-info/kernel-code'],
    [
      "a kernel's explanation code",
      s => fetchKernelCode(s, { explain: 'a b.txt' }),
      'isolation-info/kernel-code?explain=a+b.txt'
    ],
    [
      'an explanation',
      s => fetchExplanation('efs/x.txt', s),
      'isolation-info/explain?path=efs%2Fx.txt'
    ],
    [
      'a kernel death',
      s => fetchKernelDeath('k-1', s),
      'isolation-info/kernels/k-1/death'
    ]
  ])('should ask for %s under the base URL', async (_, call, path) => {
    const server = fakeServer(() => json({}), { baseUrl: BASE });
    await call(server.settings);
    expect(asked(server.urls)).toEqual([BASE + path]);
  });

  it('should ask for Markdown and refuse an answer that is not', async () => {
    const server = fakeServer(() => json({ not: 'markdown' }), {
      baseUrl: BASE
    });
    await expect(fetchMarkdown(server.settings, '"tag"')).rejects.toThrow(
      'the server sent no Markdown; update the server extension'
    );
    await expect(
      fetchExplanationMarkdown('x', server.settings)
    ).rejects.toThrow('the server sent no Markdown');
    expect(asked(server.urls)).toEqual([
      `${BASE}isolation-info/report?format=markdown&of=%22tag%22`,
      `${BASE}isolation-info/explain?path=x&format=markdown`
    ]);
  });

  it("should throw the server's message with its status", async () => {
    const server = fakeServer(() =>
      json({ message: 'Active probes are off on this server.' }, 409)
    );
    await expect(runProbes(server.settings)).rejects.toMatchObject({
      message: 'Active probes are off on this server.',
      response: { status: 409 }
    });
  });

  it('should keep a body that is not JSON as text', async () => {
    const server = fakeServer(() => new Response('# Report\n'));
    const { data } = await requestAPI('report', server.settings);
    expect(data).toBe('# Report\n');
  });
});

import { Clipboard } from '@jupyterlab/apputils';
import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';

import { KernelInspectionModel } from '../inspection';
import { addReportCommands, CommandIDs } from '../commands';
import { IsolationInfoModel } from '../model';
import { IReport } from '../types';
import { goldenReport } from './golden';
import { fakeServer } from './server';

/**
 * A server whose report changes, keeping the Markdown of the reports it
 * served by their ETag, as the server extension does.
 */
function changingServer() {
  const reports: Array<[string, IReport]> = [];
  let current = 0;
  const serve = (generatedAt: string) => {
    const report = goldenReport('studio-sagemaker-user');
    report.generated_at = generatedAt;
    reports.push([`"tag${reports.length}-json"`, report]);
  };
  const markdownOf = (report: IReport) =>
    `## Isolation report\n\nGenerated ${report.generated_at}.\n`;
  const server = fakeServer(url => {
    const of = new URL(url).searchParams.get('of');
    if (of !== null) {
      const kept = reports.find(([etag]) => etag === of);
      return kept
        ? new Response(markdownOf(kept[1]), {
            headers: { 'Content-Type': 'text/markdown' }
          })
        : new Response(
            JSON.stringify({ message: 'The report on screen is gone.' }),
            { status: 412 }
          );
    }
    if (url.includes('format=markdown')) {
      // The server's current report: what a copy must not take instead.
      return new Response(markdownOf(reports[current][1]));
    }
    const [etag, report] = reports[current];
    return new Response(JSON.stringify(report), {
      headers: { ETag: etag, 'Content-Type': 'application/json' }
    });
  });
  return {
    server,
    serve,
    markdownOf,
    change: (generatedAt: string) => {
      serve(generatedAt);
      current = reports.length - 1;
    }
  };
}

describe('commands', () => {
  describe('copy-markdown', () => {
    let copied: string[];

    beforeEach(() => {
      copied = [];
      jest
        .spyOn(Clipboard, 'copyToSystem')
        .mockImplementation(data => void copied.push(String(data)));
    });

    afterEach(() => {
      jest.restoreAllMocks();
    });

    function setUp() {
      const changing = changingServer();
      changing.serve('2026-01-01T00:00:00Z');
      const model = new IsolationInfoModel(changing.server.settings);
      const commands = new CommandRegistry();
      addReportCommands(commands, {
        model,
        inspection: new KernelInspectionModel(changing.server.settings),
        trans: nullTranslator.load('jupyterlab_isolation_info'),
        serverSettings: changing.server.settings,
        currentSession: () => null
      });
      return { ...changing, model, commands };
    }

    it('should copy the rendering of the report on screen after the server has a newer one', async () => {
      const { model, commands, change, markdownOf } = setUp();
      await model.refresh();
      const shown = model.report!;
      // The server collects again; the panel has not refreshed yet.
      change('2026-01-01T00:05:00Z');

      await commands.execute(CommandIDs.copyMarkdown);

      expect(copied).toEqual([markdownOf(shown)]);
      expect(copied[0]).toContain('Generated 2026-01-01T00:00:00Z.');
      expect(model.notice).toBe('Copied the report as Markdown.');
    });

    it('should say so, and copy nothing, when the server no longer has it', async () => {
      const { model, commands, server } = setUp();
      await model.refresh();
      // A report the server never served (or has forgotten).
      (model.state as { etag: string | null }).etag = '"gone-json"';

      await commands.execute(CommandIDs.copyMarkdown);

      expect(copied).toEqual([]);
      expect(model.notice).toBe(
        'Could not copy the report as Markdown: The report on screen is gone.'
      );
      expect(server.urls.some(url => url.includes('of=%22gone-json%22'))).toBe(
        true
      );
    });
  });
});

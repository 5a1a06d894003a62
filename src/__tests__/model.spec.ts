import { ISessionContext } from '@jupyterlab/apputils';

import { KernelInspectionModel } from '../inspection';
import { IsolationInfoModel } from '../model';
import { ReportState } from '../tokens';
import { blockedAsInStudio, patchedReport } from './golden';
import { Answer, fakeServer, json } from './server';

const studioReport = patchedReport('studio-sagemaker-user', blockedAsInStudio);

// A server under a base URL, as Studio's is.
const settingsAnswering = (answer: Answer) =>
  fakeServer(answer, {
    baseUrl: 'http://localhost:8888/jupyterlab/default/'
  });

describe('IsolationInfoModel', () => {
  it('should start loading', () => {
    const { settings } = settingsAnswering(() => json(studioReport));
    expect(new IsolationInfoModel(settings).state.status).toBe('loading');
  });

  it('should fetch the report under the server base URL', async () => {
    const { settings, urls } = settingsAnswering(() => json(studioReport));
    const model = new IsolationInfoModel(settings);
    const states: ReportState[] = [];
    model.stateChanged.connect((_, state) => states.push(state));

    await model.refresh();

    expect(urls[0]).toMatch(
      /^http:\/\/localhost:8888\/jupyterlab\/default\/isolation-info\/report/
    );
    const state = model.state;
    expect(state.status).toBe('ready');
    expect(
      state.status === 'ready' && state.report.user_namespace.host_uid
    ).toBe(200001);
    expect(states.map(s => s.status)).toEqual(['loading', 'ready']);
  });

  it.each([
    ['an empty object', {}, 'report: lacks schema_version'],
    [
      'a non-finite number the server should never send',
      { ...studioReport, run_as: undefined },
      'report: lacks run_as'
    ],
    [
      'an unknown remapping state',
      patchedReport('studio-sagemaker-user', report => {
        (report.user_namespace as any).remapped = 'maybe';
      }),
      'report.user_namespace.remapped: should be boolean or null'
    ]
  ])(
    'should fail with the reason, not spin, for %s',
    async (_, body, problem) => {
      const { settings } = settingsAnswering(() => json(body));
      const model = new IsolationInfoModel(settings);
      await model.refresh();
      const state = model.state;
      expect(state.status).toBe('failed');
      expect(state.status === 'failed' && state.message).toContain(problem);
    }
  );

  it('should fail with a sentence when the body is not JSON at all', async () => {
    const { settings } = settingsAnswering(
      () => new Response('{"a": NaN}', { status: 200 })
    );
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    expect(model.state.status).toBe('failed');
  });

  it("should check reports against the package's schema, never asking the server for it", async () => {
    const { settings, urls } = settingsAnswering(() => json(studioReport));
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    await model.refresh({ force: true });
    expect(urls).toHaveLength(2);
    expect(urls.filter(url => url.includes('schema'))).toEqual([]);
    expect(model.state.status).toBe('ready');
  });

  it('should reject a report the schema does not allow even when it parses', async () => {
    // A newer collector's report: the check is the package's schema.
    const { settings } = settingsAnswering(() =>
      json({ ...studioReport, schema_version: 2 })
    );
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    expect(model.state).toMatchObject({
      status: 'failed',
      message:
        "the server's answer is not an isolation report (report.schema_version: should be 1)"
    });
  });

  it('should ask the server to skip its cache when forced', async () => {
    const { settings, urls } = settingsAnswering(() => json(studioReport));
    await new IsolationInfoModel(settings).refresh({ force: true });
    expect(urls[0]).toMatch(/report\?refresh=1(&|$)/);
  });

  it('should share one request between concurrent refreshes', async () => {
    const { settings, urls } = settingsAnswering(() => json(studioReport));
    const model = new IsolationInfoModel(settings);
    await Promise.all([model.refresh(), model.refresh(), model.refresh()]);
    expect(urls).toHaveLength(1);
  });

  it('should say the server extension is missing on a 404', async () => {
    const { settings } = settingsAnswering(
      () => new Response('<html>Not Found</html>', { status: 404 })
    );
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    expect(model.state).toMatchObject({
      status: 'failed',
      kind: 'missing-extension'
    });
  });

  it('should carry the server message on other errors', async () => {
    const { settings } = settingsAnswering(() =>
      json({ message: 'collector exploded' }, 500)
    );
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    expect(model.state).toMatchObject({
      status: 'failed',
      kind: 'error',
      message: 'collector exploded'
    });
  });

  it('should report a network failure as an error', async () => {
    const { settings } = settingsAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    expect(model.state).toMatchObject({ status: 'failed', kind: 'error' });
  });

  it('should keep showing the last report while a refresh runs', async () => {
    const { settings } = settingsAnswering(() => json(studioReport));
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    const states: string[] = [];
    model.stateChanged.connect((_, state) => states.push(state.status));
    await model.refresh({ force: true });
    expect(states).toEqual(['ready']);
  });

  it('should keep the ETag the report came with', async () => {
    const { settings } = settingsAnswering(
      () =>
        new Response(JSON.stringify(studioReport), {
          headers: { ETag: '"abc-json"', 'Content-Type': 'application/json' }
        })
    );
    const model = new IsolationInfoModel(settings);
    await model.refresh();
    expect(model.state).toMatchObject({ status: 'ready', etag: '"abc-json"' });
    expect(model.report).toBe(
      model.state.status === 'ready' ? model.state.report : null
    );
  });

  describe('isActive', () => {
    it('should be true while any view of the report is visible', () => {
      const { settings } = settingsAnswering(() => json(studioReport));
      const model = new IsolationInfoModel(settings);
      expect(model.isActive).toBe(false);
      model.setActive('panel', true);
      model.setActive('status', true);
      model.setActive('panel', false);
      expect(model.isActive).toBe(true);
      model.setActive('status', false);
      expect(model.isActive).toBe(false);
    });

    it('should fetch nothing before start, and at start only for a visible view', async () => {
      const { settings, urls } = settingsAnswering(() => json(studioReport));
      const model = new IsolationInfoModel(settings);
      model.setRefreshInterval(60);
      model.setActive('status', true);
      // Shown before start (a status item at start-up): nothing asked yet.
      expect(urls).toEqual([]);
      model.setActive('status', false);
      model.start();
      expect(urls).toEqual([]);
      // A view shown after start fetches the report it lacks.
      model.setActive('panel', true);
      await model.refresh();
      expect(urls).toHaveLength(1);
      model.dispose();
    });
  });
});

describe('KernelInspectionModel', () => {
  it('should keep the kernel inspection, naming the kernel and when, across refreshes', async () => {
    const { settings } = settingsAnswering(() => json(studioReport));
    const model = new IsolationInfoModel(settings);
    const inspecting = new KernelInspectionModel(settings);
    const seen: Array<unknown> = [];
    inspecting.changed.connect((_, state) => seen.push(state?.result));
    const session = {
      kernelDisplayName: 'Python 3 (ipykernel)',
      session: null
    } as unknown as ISessionContext;
    const before = new Date();
    await inspecting.inspect(session);
    expect(seen).toEqual([null, { status: 'no-kernel' }]);
    const inspection = inspecting.inspection!;
    expect(inspection.kernelName).toBe('Python 3 (ipykernel)');
    expect(inspection.kernelId).toBeNull();
    expect(inspection.finishedAt!.getTime()).toBeGreaterThanOrEqual(
      before.getTime()
    );
    await model.refresh({ force: true });
    expect(model.state.status).toBe('ready');
    expect(inspecting.inspection).toBe(inspection);
  });
});

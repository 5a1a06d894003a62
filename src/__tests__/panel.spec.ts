import { ServerConnection } from '@jupyterlab/services';
import { nullTranslator } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { IsolationInfoModel } from '../model';
import { IsolationInfoPanel } from '../panel/panel';
import { studioReport } from './fixtures/report';

function modelAnswering(response: () => Response): IsolationInfoModel {
  const settings = ServerConnection.makeSettings({
    baseUrl: 'http://localhost:8888/',
    fetch: (() => Promise.resolve(response())) as typeof fetch
  });
  return new IsolationInfoModel(settings);
}

function textOf(panel: Widget, selector: string): string[] {
  return Array.from(panel.node.querySelectorAll(selector)).map(
    node => node.textContent ?? ''
  );
}

describe('IsolationInfoPanel', () => {
  let panel: IsolationInfoPanel;

  afterEach(() => {
    panel.dispose();
  });

  it('should be a labelled region with a loading message', () => {
    panel = new IsolationInfoPanel({
      model: modelAnswering(() => new Response('{}')),
      translator: nullTranslator
    });
    expect(panel.node.getAttribute('role')).toBe('region');
    expect(panel.node.getAttribute('aria-label')).toBe('Isolation Info');
    expect(panel.node.textContent).toContain('Collecting the isolation report');
  });

  it('should render the run-as user and the host ids of a report', async () => {
    const model = modelAnswering(
      () => new Response(JSON.stringify(studioReport))
    );
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();

    const values = textOf(panel, '.jp-IsolationInfo-identity dd');
    expect(values[0]).toBe('1000 (sagemaker-user)');
    expect(values[1]).toBe('100 (users)');
    expect(values[2]).toBe('100 (users), 27 (sudo)');
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
    expect(textOf(panel, '.jp-IsolationInfo-hostGid')).toEqual(['200001']);
    expect(panel.node.textContent).toContain('remapped');
    expect(textOf(panel, '.jp-IsolationInfo-mapLines li')).toContain(
      '1000 → 200001'
    );
  });

  it('should fetch when first shown', async () => {
    let fetched = 0;
    const model = modelAnswering(() => {
      fetched++;
      return new Response(JSON.stringify(studioReport));
    });
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    Widget.attach(panel, document.body);
    panel.show();
    await model.refresh();
    expect(fetched).toBe(1);
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it('should show an error message with a retry button on failure', async () => {
    const model = modelAnswering(
      () => new Response(JSON.stringify({ message: 'boom' }), { status: 500 })
    );
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();

    const alert = panel.node.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'Could not load the isolation report: boom'
    );
    expect(alert?.querySelector('button')?.textContent).toBe('Retry');
  });

  it('should explain how to enable a missing server extension', async () => {
    const model = modelAnswering(() => new Response('', { status: 404 }));
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();
    expect(panel.node.textContent).toContain(
      'jupyter server extension enable jupyterlab_isolation_info'
    );
  });
});

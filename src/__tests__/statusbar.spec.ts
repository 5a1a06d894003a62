import { nullTranslator } from '@jupyterlab/translation';

import { IsolationInfoModel } from '../model';
import { IsolationStatus } from '../views/status';
import { blockedAsInStudio, goldenReport, patchedReport } from './golden';
import { fakeServer, json } from './server';
import { IReport } from '../types';

const studioReport = patchedReport('studio-sagemaker-user', blockedAsInStudio);
const hostRoot = goldenReport('host-root');

function modelWith(report: IReport): IsolationInfoModel {
  return new IsolationInfoModel(fakeServer(() => json(report)).settings);
}

describe('IsolationStatus', () => {
  const trans = nullTranslator.load('jupyterlab_isolation_info');

  it('should show the host uid and the worst severity', async () => {
    // Root not remapped: the collector's critical finding.
    const model = modelWith(hostRoot);
    const item = new IsolationStatus({ model, trans, onClick: () => 0 });
    await model.refresh();
    expect(item.node.textContent).toBe('host uid 0 · Critical');
    expect(item.hasClass('jp-mod-critical')).toBe(true);
    expect(item.node.getAttribute('aria-label')).toContain('Host UID 0');
    item.dispose();
  });

  it('should not alarm for info findings only', async () => {
    const model = modelWith(studioReport);
    const item = new IsolationStatus({ model, trans, onClick: () => 0 });
    await model.refresh();
    expect(item.node.textContent).toBe('host uid 200001');
    expect(item.hasClass('jp-mod-critical')).toBe(false);
    expect(item.hasClass('jp-mod-warning')).toBe(false);
    item.dispose();
  });

  it('should count the OOM kills the collector warns of', async () => {
    // A Studio-like v2 tree whose memory.events says oom_kill 1.
    const model = modelWith(goldenReport('studio-root-remapped'));
    const item = new IsolationStatus({ model, trans, onClick: () => 0 });
    await model.refresh();
    expect(item.node.textContent).toContain(' · 1 OOM kill');
    expect(item.node.getAttribute('aria-label')).toContain('1 OOM kill');
    item.dispose();
  });

  it('should not mention OOM kills when there were none', async () => {
    const model = modelWith(hostRoot);
    const item = new IsolationStatus({ model, trans, onClick: () => 0 });
    await model.refresh();
    expect(hostRoot.limits.memory.oom_kill).toBe(0);
    expect(item.node.textContent).not.toContain('OOM');
    item.dispose();
  });

  it('should run its click handler', () => {
    let clicked = 0;
    const item = new IsolationStatus({
      model: modelWith(studioReport),
      trans,
      onClick: () => clicked++
    });
    (item.node as HTMLButtonElement).click();
    expect(clicked).toBe(1);
    item.dispose();
  });
});

import { ServerConnection } from '@jupyterlab/services';
import { nullTranslator } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { IsolationInfoModel } from '../model';
import { IsolationInfoPanel } from '../panel/panel';
import { IReport } from '../tokens';
import { blockedAsInStudio, goldenReport, patchedReport } from './golden';

const studioReport = patchedReport('studio-sagemaker-user', blockedAsInStudio);
const bareReport = goldenReport('host-root');

type Answer = (url: string, init?: RequestInit) => Response;

function modelAnswering(answer: Answer): IsolationInfoModel {
  const settings = ServerConnection.makeSettings({
    baseUrl: 'http://localhost:8888/',
    fetch: ((input: RequestInfo, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input.url;
      return Promise.resolve(answer(url, init ?? (input as Request)));
    }) as typeof fetch
  });
  return new IsolationInfoModel(settings);
}

function reportAnswer(report: IReport): Answer {
  return () => new Response(JSON.stringify(report));
}

function textOf(panel: Widget, selector: string): string[] {
  return Array.from(panel.node.querySelectorAll(selector)).map(
    node => node.textContent ?? ''
  );
}

function button(panel: Widget, label: string): HTMLButtonElement {
  const found = Array.from(panel.node.querySelectorAll('button')).find(
    b => b.textContent === label
  );
  if (!found) {
    throw new Error(`no button ${label}`);
  }
  return found;
}

describe('IsolationInfoPanel', () => {
  let panel: IsolationInfoPanel;

  async function renderReport(report: IReport): Promise<IsolationInfoPanel> {
    const model = modelAnswering(reportAnswer(report));
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();
    return panel;
  }

  afterEach(() => {
    panel.dispose();
  });

  it('should be a labelled region with a loading message', () => {
    panel = new IsolationInfoPanel({
      model: modelAnswering(reportAnswer(studioReport)),
      translator: nullTranslator
    });
    expect(panel.node.getAttribute('role')).toBe('region');
    expect(panel.node.getAttribute('aria-label')).toBe('Isolation Info');
    expect(panel.node.textContent).toContain('Collecting the isolation report');
  });

  it('should show the sections in order', async () => {
    await renderReport(studioReport);
    expect(textOf(panel, '.jp-IsolationInfo-sectionTitle')).toEqual([
      'Findings',
      'Identity',
      'Where am I',
      'Home directory',
      'Mounts at the home and /opt/ml',
      'App metadata',
      'Network isolation',
      'Credentials',
      'Container',
      'Walls beyond capabilities',
      'Kernels'
    ]);
    for (const section of Array.from(panel.node.querySelectorAll('section'))) {
      const heading = section.getAttribute('aria-labelledby');
      expect(heading && panel.node.querySelector(`#${heading}`)).toBeTruthy();
    }
  });

  it('should list findings worst first with their why', async () => {
    await renderReport(bareReport);
    const findings = panel.node.querySelectorAll('.jp-IsolationInfo-finding');
    expect(
      Array.from(findings).map(f => (f as HTMLElement).dataset.findingId)
    ).toEqual([
      'root-not-remapped',
      'caps-beyond-docker-default',
      'kernel-settings-writable',
      'not-in-studio',
      'seccomp-disabled'
    ]);
    expect(findings[0].classList).toContain('jp-mod-critical');
    expect(findings[1].textContent).toContain(
      'Drop them unless the image needs them.'
    );
  });

  it('should render the run-as user and the host ids', async () => {
    await renderReport(studioReport);
    const values = textOf(panel, '.jp-IsolationInfo-identity dd');
    expect(values[0]).toBe('1000 (sagemaker-user)');
    expect(values[1]).toBe('100 (users)');
    expect(values[2]).toBe('100 (users)');
    expect(values[3]).toBe('unknown');
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
    expect(textOf(panel, '.jp-IsolationInfo-hostGid')).toEqual(['200001']);
    expect(textOf(panel, '.jp-IsolationInfo-mapLines li')).toContain(
      '1000 → 200001'
    );
  });

  it('should show the home owner on the host and its EFS source', async () => {
    await renderReport(studioReport);
    const home = panel.node.querySelector('.jp-IsolationInfo-home')!;
    expect(home.textContent).toContain('1000 (sagemaker-user)');
    expect(home.textContent).toContain('200001');
    expect(home.textContent).toContain('0750');
    expect(home.textContent).toContain('nfs4');
    expect(home.textContent).toContain('fs-0123456789abcdef0');
    expect(textOf(panel, '.jp-IsolationInfo-storage dt')).toEqual([
      '/',
      '/home/sagemaker-user',
      '/tmp'
    ]);
    expect(textOf(panel, '.jp-IsolationInfo-storage dd')[0]).toContain(
      'overlay'
    );
  });

  it('should show every metadata field, nested ones by path', async () => {
    await renderReport(studioReport);
    const metadata = panel.node.querySelector('.jp-IsolationInfo-metadata')!;
    expect(metadata.textContent).toContain('read-only');
    const keys = Array.from(metadata.querySelectorAll('details dt')).map(
      n => n.textContent
    );
    expect(keys).toEqual([
      'AppType',
      'DomainId',
      'UserProfileName',
      'SpaceName',
      'ResourceArn',
      'ResourceName',
      'AppImageVersion',
      'ExecutionRoleArn',
      'SpaceSettings.AppType',
      'SpaceSettings.EbsVolumeSizeInGb'
    ]);
  });

  it('should show a bidi override in a value as an escape', async () => {
    await renderReport({
      ...studioReport,
      metadata: {
        ...studioReport.metadata,
        fields: { ReadOnly: 'read\u202eylno-' }
      }
    });
    expect(textOf(panel, '.jp-IsolationInfo-metadata details dd')).toEqual([
      'read\\u202eylno-'
    ]);
  });

  it('should show a metadata value with HTML in it literally', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await renderReport({
      ...studioReport,
      metadata: { ...studioReport.metadata, fields: { AppType: hostile } }
    });
    expect(panel.node.querySelector('img')).toBeNull();
    expect(textOf(panel, '.jp-IsolationInfo-metadata details dd')).toEqual([
      hostile
    ]);
  });

  it('should mark endpoints by expected versus found', async () => {
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        blockedAsInStudio(report);
        report.endpoints[1].status = 'routable';
      })
    );
    const rows = panel.node.querySelectorAll(
      '.jp-IsolationInfo-network tbody tr'
    );
    expect(rows).toHaveLength(3);
    const status = (row: Element) =>
      row.querySelector('.jp-IsolationInfo-status')!;
    expect(status(rows[0]).textContent).toBe('blocked');
    expect(status(rows[0]).classList).toContain('jp-mod-ok');
    expect(status(rows[1]).textContent).toBe('routable (not probed)');
    expect(status(rows[1]).classList).toContain('jp-mod-warning');
    // IPv6 in brackets, as the collector writes it.
    expect(rows[1].textContent).toContain('[fd00:ec2::254]:80');
  });

  it("should mark capabilities beyond Docker's defaults", async () => {
    await renderReport(goldenReport('docker-root-seccomp'));
    expect(
      panel.node.querySelectorAll('.jp-IsolationInfo-capList .jp-mod-warning')
    ).toHaveLength(0);
    expect(
      panel.node.querySelector('.jp-IsolationInfo-container')!.textContent
    ).toContain('filter');
    await renderReport(bareReport);
    const marked = panel.node.querySelectorAll(
      '.jp-IsolationInfo-capList .jp-mod-warning'
    );
    expect(
      Array.from(marked)
        .map(n => n.textContent)
        .sort()
    ).toEqual([...bareReport.capabilities.beyond_docker_default].sort());
    expect(Array.from(marked).map(n => n.textContent)).toContain(
      'CAP_SYS_ADMIN'
    );
  });

  it('should show local kernel identities and say when one is remote', async () => {
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        report.kernels![0].capabilities!.beyond_docker_default = [
          'CAP_SYS_ADMIN'
        ];
      })
    );
    const kernels = panel.node.querySelector('.jp-IsolationInfo-kernels')!;
    expect(kernels.textContent).toContain('0 (root)');
    expect(kernels.textContent).toContain('100000');
    expect(kernels.textContent).toContain('CAP_SYS_ADMIN');
    expect(kernels.textContent).toContain('not a local process');
  });

  it('should still show identity outside Studio', async () => {
    await renderReport(bareReport);
    expect(panel.node.textContent).toContain('Not in SageMaker Studio');
    expect(panel.node.textContent).toContain('not found');
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['0']);
    expect(panel.node.textContent).toContain('not remapped');
  });

  it('should say remapping is unknown when uid_map could not be read', async () => {
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        report.user_namespace.remapped = null;
        report.user_namespace.error = 'No such file: /proc/self/uid_map';
      })
    );
    expect(panel.node.textContent).toContain(
      'unknown: uid_map could not be read'
    );
    expect(panel.node.textContent).not.toContain('not remapped');
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

  it('should show an error message with a retry button that refetches', async () => {
    let calls = 0;
    const model = modelAnswering(() => {
      calls++;
      return calls === 1
        ? new Response(JSON.stringify({ message: 'boom' }), { status: 500 })
        : new Response(JSON.stringify(studioReport));
    });
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();

    const alert = panel.node.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'Could not load the isolation report: boom'
    );
    button(panel, 'Retry').click();
    await model.refresh();
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it('should explain how to enable a missing server extension', async () => {
    const model = modelAnswering(() => new Response('', { status: 404 }));
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();
    expect(panel.node.textContent).toContain(
      'jupyter server extension enable jupyterlab_isolation_info'
    );
  });

  it('should POST to the probe endpoint and say why a probe was refused', async () => {
    const requests: string[] = [];
    const model = modelAnswering((url, init) => {
      requests.push(`${init?.method ?? 'GET'} ${url.split('?')[0]}`);
      if (url.includes('/probe')) {
        return new Response(
          JSON.stringify({ message: 'Active probes are off on this server.' }),
          { status: 409 }
        );
      }
      return new Response(JSON.stringify(studioReport));
    });
    panel = new IsolationInfoPanel({ model, translator: nullTranslator });
    await model.refresh();
    button(panel, 'Probe now').click();
    await new Promise(resolve => setTimeout(resolve, 0));
    await model.probe();

    expect(requests).toContain(
      'POST http://localhost:8888/isolation-info/probe'
    );
    expect(panel.node.querySelector('[role="status"]')!.textContent).toBe(
      'Active probes are off on this server.'
    );
    // The last report stays on screen.
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it('should have keyboard-reachable actions with names', async () => {
    await renderReport(studioReport);
    const labels = Array.from(
      panel.node.querySelectorAll('[role="toolbar"] button')
    ).map(b => b.textContent);
    expect(labels).toEqual([
      'Refresh',
      'Probe now',
      'Copy as Markdown',
      'Copy as JSON'
    ]);
  });
});

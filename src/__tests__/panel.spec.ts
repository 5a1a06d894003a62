import { StateDB } from '@jupyterlab/statedb';
import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';
import { Widget } from '@lumino/widgets';

import { CommandIDs } from '../commands';
import { IsolationInfoModel } from '../model';
import { IReport } from '../types';
import { IsolationInfoPanel } from '../views/panel';
import {
  blockedAsInStudio,
  goldenReport,
  judged,
  patchedReport,
  sandboxReport
} from './golden';
import {
  disposed,
  recordingScrolls,
  rendered,
  reportCommands,
  settled
} from './render';
import { Answer, fakeServer } from './server';

const studioReport = patchedReport('studio-sagemaker-user', blockedAsInStudio);
const bareReport = goldenReport('host-root');

function modelAnswering(answer: Answer): IsolationInfoModel {
  return new IsolationInfoModel(fakeServer(answer).settings);
}

/**
 * The registry of the panel made last.
 */
let commands: CommandRegistry;

/**
 * The panel as the plugin makes it: its commands registered first.
 */
function makePanel(
  model: IsolationInfoModel,
  state: StateDB | null = null
): IsolationInfoPanel {
  commands = reportCommands(model);
  return new IsolationInfoPanel({
    model,
    translator: nullTranslator,
    commands,
    state
  });
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
    panel = makePanel(model);
    await model.refresh();
    await rendered(panel);
    return panel;
  }

  afterEach(async () => {
    await disposed(panel);
  });

  it('should be a labelled region with a loading message', async () => {
    panel = makePanel(modelAnswering(reportAnswer(studioReport)));
    await rendered(panel);
    expect(panel.node.getAttribute('role')).toBe('region');
    expect(panel.node.getAttribute('aria-label')).toBe('Isolation Info');
    expect(panel.node.textContent).toContain('Collecting the isolation report');
  });

  it('should show the sections in order', async () => {
    await renderReport(studioReport);
    expect(textOf(panel, '.jp-IsolationInfo-sectionTitle')).toEqual([
      'Findings',
      'Run-as user',
      'User namespace',
      'Where am I',
      'Home directory',
      'Mounts at the home and /opt/ml',
      'Network endpoints',
      'Credentials',
      'App metadata',
      'Capabilities',
      'Walls beyond capabilities',
      'Pod Security Standards',
      'Resource limits',
      'Storage',
      'Volumes',
      'Kernels',
      'Your code'
    ]);
    for (const section of Array.from(panel.node.querySelectorAll('section'))) {
      const heading = section.getAttribute('aria-labelledby');
      expect(heading && panel.node.querySelector(`#${heading}`)).toBeTruthy();
    }
  });

  it("should show the resource limits in the collector's words and tones", async () => {
    await renderReport(goldenReport('studio-root-remapped'));
    const toggle = panel.node.querySelector(
      '.jp-IsolationInfo-limits .jp-IsolationInfo-sectionToggle'
    ) as HTMLButtonElement;
    toggle.click();
    await rendered(panel);
    const section = panel.node.querySelector('.jp-IsolationInfo-limits')!;
    const values = Array.from(section.querySelectorAll('dd')).map(dd => [
      dd.textContent,
      dd.getAttribute('data-tone')
    ]);
    expect(values).toContainEqual(['4.0 GiB', 'warning']);
    expect(values).toContainEqual(['1', 'warning']);
    expect(values).toContainEqual([
      '2 CPUs (200000 µs every 100000 µs)',
      'neutral'
    ]);
  });

  it('should list findings worst first with their why', async () => {
    await renderReport(bareReport);
    const findings = panel.node.querySelectorAll('.jp-IsolationInfo-finding');
    expect(textOf(panel, '.jp-IsolationInfo-findingGroup')).toEqual([
      '1 critical',
      '2 warnings',
      '2 notes'
    ]);
    expect(
      Array.from(findings).map(f => (f as HTMLElement).dataset.findingId)
    ).toEqual([
      'root-not-remapped',
      'caps-beyond-docker-default',
      'kernel-settings-writable',
      'not-in-studio',
      'seccomp-disabled'
    ]);
    expect((findings[0] as HTMLElement).dataset.severity).toBe('critical');
    expect(findings[1].textContent).toContain(
      'Drop them unless the image needs them.'
    );
  });

  it('should render the run-as user and the host ids', async () => {
    await renderReport(studioReport);
    const values = textOf(panel, '.jp-IsolationInfo-run_as dd');
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

  it('should draw the first fields of a huge metadata file, and all on request', async () => {
    const fields: Record<string, string> = {};
    for (let index = 0; index < 5000; index++) {
      fields[`k${index}`] = `v${index}`;
    }
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        report.metadata.fields = fields;
      })
    );
    const metadata = panel.node.querySelector('.jp-IsolationInfo-metadata')!;
    expect(metadata.querySelectorAll('details dt')).toHaveLength(200);
    const more = metadata.querySelector(
      'button[data-show-all]'
    ) as HTMLButtonElement;
    expect(more.textContent).toBe('Showing 200 of 5000 fields: show all');
    more.click();
    await rendered(panel);
    expect(metadata.querySelectorAll('details dt')).toHaveLength(5000);
    expect(metadata.querySelector('button[data-show-all]')).toBeNull();
  });

  it('should cut a megabyte-long value and copy it whole', async () => {
    const long = 'x'.repeat(900_000);
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        report.metadata.fields = { Blob: long };
      })
    );
    const value = panel.node.querySelector(
      '.jp-IsolationInfo-metadata details dd'
    )!;
    expect(value.querySelector('.jp-IsolationInfo-text')!.textContent).toBe(
      'x'.repeat(1000) + '…'
    );
    expect(
      (value.querySelector('button[data-copy]') as HTMLElement).dataset.copy
    ).toHaveLength(900_000);
  });

  it("should show the collector's notes on what it changed to show the file", async () => {
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        report.metadata.notes = [
          "Numbers JSON cannot carry (NaN, Infinity, or beyond a double's range) are shown as text: Size (NaN)."
        ];
      })
    );
    expect(
      textOf(panel, '.jp-IsolationInfo-metadata .jp-IsolationInfo-note')
    ).toEqual([
      "Numbers JSON cannot carry (NaN, Infinity, or beyond a double's range) are shown as text: Size (NaN)."
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

  it("should show each endpoint's status in the collector's words and tone", async () => {
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        blockedAsInStudio(report);
        report.endpoints[1].status = 'routable';
        judged(
          report,
          'endpoints[imds-ipv6].status',
          'warning',
          'routable (not probed)',
          'A route exists; no packet was sent.'
        );
      })
    );
    const rows = panel.node.querySelectorAll(
      '.jp-IsolationInfo-endpoints tbody tr'
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

  it("should show the Pod Security level and each control in the collector's words and tone", async () => {
    const report = goldenReport('docker-root-seccomp');
    await renderReport(report);
    const section = panel.node.querySelector('.jp-IsolationInfo-policy')!;
    expect(section.textContent).toContain(report.policy.level_text);
    const tones: Record<string, string | undefined> = {};
    for (const dd of Array.from(section.querySelectorAll('dd'))) {
      tones[dd.previousElementSibling!.textContent!] =
        `${dd.textContent} ${dd.getAttribute('data-tone')}`;
    }
    expect(tones['Level']).toBe('Baseline neutral');
    expect(tones['Restricted: Capabilities']).toBe('not met warning');
    expect(tones['Restricted: Seccomp']).toBe('met ok');
    expect(tones['Baseline: Host namespaces']).toBe(
      'not measurable from inside neutral'
    );
    expect(Object.keys(tones)).toHaveLength(1 + report.policy.controls.length);
  });

  it("should mark capabilities beyond Docker's defaults", async () => {
    await renderReport(goldenReport('docker-root-seccomp'));
    expect(
      panel.node.querySelectorAll('.jp-IsolationInfo-capList .jp-mod-warning')
    ).toHaveLength(0);
    expect(
      panel.node.querySelector('.jp-IsolationInfo-capabilities')!.textContent
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
        const kernel = report.kernels![0];
        kernel.capabilities!.beyond_docker_default = ['CAP_SYS_ADMIN'];
        judged(
          report,
          `kernels[${kernel.id}].capabilities`,
          'warning',
          'CAP_SYS_ADMIN'
        );
      })
    );
    const kernels = panel.node.querySelector('.jp-IsolationInfo-kernels')!;
    expect(kernels.textContent).toContain('0 (root)');
    expect(kernels.textContent).toContain('100000');
    expect(kernels.textContent).toContain('CAP_SYS_ADMIN');
    expect(kernels.textContent).toContain('not a local process');
  });

  it("should say a kernel's capabilities are unknown when its bounding set could not be read", async () => {
    const why = '/proc/4242/status has no CapBnd line.';
    await renderReport(
      patchedReport('studio-sagemaker-user', report => {
        const kernel = report.kernels![0];
        kernel.capabilities!.beyond_docker_default = null;
        kernel.capabilities!.error = why;
        judged(
          report,
          `kernels[${kernel.id}].capabilities`,
          'unknown',
          'unknown',
          why
        );
      })
    );
    const beyond = Array.from(
      panel.node.querySelectorAll('.jp-IsolationInfo-kernels dd')
    ).find(
      dd =>
        dd.previousElementSibling?.textContent === "Beyond Docker's defaults"
    )!;
    expect(beyond.textContent).toBe('unknown');
    expect(beyond.classList).toContain('jp-mod-unknown');
    expect(
      beyond.querySelector('.jp-IsolationInfo-text')!.getAttribute('title')
    ).toBe(why);
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
        judged(
          report,
          'user_namespace.remapped',
          'unknown',
          'unknown',
          'uid_map could not be read.'
        );
      })
    );
    const remapping = Array.from(
      panel.node.querySelectorAll('.jp-IsolationInfo-user_namespace dd')
    ).find(dd => dd.previousElementSibling?.textContent === 'Remapping')!;
    expect(remapping.textContent).toBe('unknown');
    expect(remapping.classList).toContain('jp-mod-unknown');
    // The reason is on the value, on hover.
    expect(
      remapping.querySelector('.jp-IsolationInfo-text')!.getAttribute('title')
    ).toBe('uid_map could not be read.');
    expect(panel.node.textContent).not.toContain('not remapped');
  });

  it('should fetch when first shown', async () => {
    let fetched = 0;
    const model = modelAnswering(() => {
      fetched++;
      return new Response(JSON.stringify(studioReport));
    });
    panel = makePanel(model);
    Widget.attach(panel, document.body);
    panel.show();
    await model.refresh();
    await rendered(panel);
    expect(fetched).toBe(1);
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it('should load and draw no view until it is first shown', async () => {
    const model = modelAnswering(reportAnswer(studioReport));
    panel = makePanel(model);
    // As JupyterLab adds a sidebar panel that is not the active tab.
    panel.hide();
    Widget.attach(panel, document.body);
    await model.refresh();
    await settled();
    // The report arrived while the panel was hidden: no view, no sections.
    expect(panel.content.widgets).toHaveLength(0);
    expect(panel.node.querySelector('section')).toBeNull();

    panel.show();
    await rendered(panel);
    expect(panel.content.widgets).toHaveLength(1);
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it('should draw nothing while hidden, and catch up when shown', async () => {
    let report: IReport = studioReport;
    const model = modelAnswering(() => new Response(JSON.stringify(report)));
    panel = makePanel(model);
    Widget.attach(panel, document.body);
    await model.refresh();
    await rendered(panel);
    expect(model.isActive).toBe(true);

    panel.hide();
    expect(model.isActive).toBe(false);
    report = bareReport;
    await model.refresh({ force: true });
    await settled();
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);

    panel.show();
    await settled();
    expect(model.isActive).toBe(true);
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['0']);
  });

  it('should show an error message with a retry button that refetches', async () => {
    let calls = 0;
    const model = modelAnswering(() => {
      calls++;
      return calls === 1
        ? new Response(JSON.stringify({ message: 'boom' }), { status: 500 })
        : new Response(JSON.stringify(studioReport));
    });
    panel = makePanel(model);
    await model.refresh();
    await rendered(panel);

    const alert = panel.node.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'Could not load the isolation report: boom'
    );
    button(panel, 'Retry').click();
    await model.refresh();
    await rendered(panel);
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it('should explain how to enable a missing server extension', async () => {
    const model = modelAnswering(() => new Response('', { status: 404 }));
    panel = makePanel(model);
    await model.refresh();
    await rendered(panel);
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
    panel = makePanel(model);
    await model.refresh();
    await rendered(panel);
    await commands.execute(CommandIDs.probe);
    await rendered(panel);

    expect(requests).toContain(
      'POST http://localhost:8888/isolation-info/probe'
    );
    expect(panel.node.querySelector('[role="status"]')!.textContent).toBe(
      'Active probes are off on this server.'
    );
    // The last report stays on screen.
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['200001']);
  });

  it("should show the collector's four answers and verdict at the top", async () => {
    await renderReport(sandboxReport('studio-default'));
    expect(textOf(panel, '.jp-IsolationInfo-glanceValue')).toEqual([
      'sagemaker-user (1000), sudo unknown',
      'uid 200001, remapped',
      'owned by you, host uid 200001',
      'all blocked: Instance metadata service (IPv4), Instance metadata service (IPv6)'
    ]);
    expect(
      Array.from(
        panel.node.querySelectorAll('.jp-IsolationInfo-glanceLine')
      ).map(line => (line as HTMLElement).dataset.tone)
    ).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(textOf(panel, '.jp-IsolationInfo-verdict')).toEqual([
      'Isolated as in Studio'
    ]);
    await renderReport(bareReport);
    expect(textOf(panel, '.jp-IsolationInfo-verdict')).toEqual([
      'Critical: Root here is root on the host'
    ]);
  });

  it('should reveal a section asked for before the report arrives', async () => {
    let release = () => {};
    const arrived = new Promise<void>(resolve => (release = resolve));
    const model = modelAnswering(async (url, init) => {
      await arrived;
      return reportAnswer(goldenReport('studio-root-remapped'))(url, init);
    });
    panel = makePanel(model);
    Widget.attach(panel, document.body);
    await recordingScrolls(async scrolled => {
      // As Show limits does: the panel may not have its report yet.
      panel.revealSection('limits');
      await rendered(panel);
      expect(panel.node.querySelector('[data-section="limits"]')).toBeNull();
      release();
      await model.refresh();
      // React commits the report's drawing when the act() ends (in a browser,
      // before the render promise resolves): the next look finds the section.
      await rendered(panel);
      await rendered(panel);
      const section = panel.node.querySelector('[data-section="limits"]');
      const toggle = section?.querySelector(
        '.jp-IsolationInfo-sectionToggle'
      ) as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(document.activeElement).toBe(toggle);
      expect(scrolled).toEqual([section]);
    });
  });

  it('should open and focus a section from its glance line', async () => {
    await renderReport(studioReport);
    Widget.attach(panel, document.body);
    const home = panel.node.querySelector(
      '.jp-IsolationInfo-home .jp-IsolationInfo-sectionToggle'
    ) as HTMLButtonElement;
    home.click();
    await rendered(panel);
    expect(home.getAttribute('aria-expanded')).toBe('false');
    (
      panel.node.querySelector('[data-line="home"]') as HTMLButtonElement
    ).click();
    await rendered(panel);
    expect(home.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(home);
  });

  it('should change nothing on a refresh that brings the same report', async () => {
    let generation = 0;
    const model = modelAnswering(() => {
      generation++;
      return new Response(
        JSON.stringify({
          ...studioReport,
          generated_at: `2026-01-01T00:00:0${generation}Z`
        })
      );
    });
    panel = makePanel(model);
    Widget.attach(panel, document.body);
    await model.refresh();
    await rendered(panel);
    const body = panel.node.querySelector(
      '.jp-IsolationInfo-metadata .jp-IsolationInfo-sectionBody'
    )!;
    const first = body.firstChild;
    const fields = body.querySelector('details')!;
    fields.open = true;
    const toggle = panel.node.querySelector(
      '.jp-IsolationInfo-home .jp-IsolationInfo-sectionToggle'
    ) as HTMLButtonElement;
    toggle.focus();

    await model.refresh({ force: true });
    await rendered(panel);
    expect(generation).toBe(2);
    expect(body.firstChild).toBe(first);
    expect(fields.open).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });

  it('should keep open details and focus when a section does change', async () => {
    let report: IReport = studioReport;
    const model = modelAnswering(() => new Response(JSON.stringify(report)));
    panel = makePanel(model);
    Widget.attach(panel, document.body);
    await model.refresh();
    await rendered(panel);
    const body = panel.node.querySelector(
      '.jp-IsolationInfo-metadata .jp-IsolationInfo-sectionBody'
    )!;
    body.querySelector('details')!.open = true;
    const rowsBefore = Array.from(body.querySelectorAll('details dd'));
    const copy = body.querySelector('button[data-copy]') as HTMLElement;
    copy.focus();
    expect(document.activeElement).toBe(copy);

    report = {
      ...studioReport,
      metadata: {
        ...studioReport.metadata!,
        fields: { ...studioReport.metadata!.fields, SpaceName: 'renamed' }
      }
    };
    await model.refresh({ force: true });
    await rendered(panel);
    expect(body.textContent).toContain('renamed');
    // Only the changed row was touched: the others are the same nodes.
    const rowsAfter = Array.from(body.querySelectorAll('details dd'));
    expect(rowsAfter.filter((row, i) => row === rowsBefore[i])).toHaveLength(
      rowsBefore.length
    );
    expect(rowsAfter.find(row => row.textContent === 'renamed')).toBeTruthy();
    expect(body.querySelector('details')!.open).toBe(true);
    expect(
      (document.activeElement as HTMLElement).closest(
        '.jp-IsolationInfo-metadata'
      )
    ).toBeTruthy();
  });

  it('should keep a finding open when a new one is inserted above it', async () => {
    const finding = (id: IReport['findings'][number]['id'], title: string) => ({
      id,
      severity: 'warning' as const,
      title,
      detail: `Why ${title} matters.`
    });
    let report: IReport = {
      ...studioReport,
      findings: [finding('home-owner-mismatch', 'The home is not yours')]
    };
    const model = modelAnswering(() => new Response(JSON.stringify(report)));
    panel = makePanel(model);
    Widget.attach(panel, document.body);
    await model.refresh();
    await rendered(panel);
    const item = (id: string) =>
      panel.node.querySelector(
        `.jp-IsolationInfo-finding[data-finding-id="${id}"] details`
      ) as HTMLDetailsElement;
    item('home-owner-mismatch').open = true;
    item('home-owner-mismatch').querySelector('summary')!.focus();

    report = {
      ...report,
      findings: [
        finding('metadata-writable', 'The app metadata is writable'),
        ...report.findings
      ]
    };
    await model.refresh({ force: true });
    await rendered(panel);
    const titles = textOf(panel, '.jp-IsolationInfo-findingTitle');
    expect(titles).toEqual([
      'The app metadata is writable',
      'The home is not yours'
    ]);
    // The open state and focus stayed with the finding, not its position.
    expect(item('home-owner-mismatch').open).toBe(true);
    expect(item('metadata-writable').open).toBe(false);
    expect(document.activeElement).toBe(
      item('home-owner-mismatch').querySelector('summary')
    );
  });

  it('should announce the verdict only when it changes', async () => {
    const studio = sandboxReport('studio-default');
    let report: IReport = studio;
    const model = modelAnswering(() => new Response(JSON.stringify(report)));
    panel = makePanel(model);
    await model.refresh();
    await rendered(panel);
    const live = panel.node.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Verdict: Isolated as in Studio');
    live.textContent = '';
    report = { ...studio, generated_at: '2026-01-01T00:01:00Z' };
    await model.refresh({ force: true });
    await rendered(panel);
    expect(live.textContent).toBe('');
    report = bareReport;
    await model.refresh({ force: true });
    await rendered(panel);
    expect(live.textContent).toBe(
      'Verdict: Critical: Root here is root on the host'
    );
  });

  it('should keep open and closed sections in the state database', async () => {
    const state = new StateDB();
    const model = modelAnswering(reportAnswer(studioReport));
    panel = makePanel(model, state);
    await model.refresh();
    await rendered(panel);
    const toggle = (p: Widget, id: string) =>
      p.node.querySelector(
        `.jp-IsolationInfo-${id} .jp-IsolationInfo-sectionToggle`
      ) as HTMLButtonElement;
    toggle(panel, 'home').click();
    await rendered(panel);
    toggle(panel, 'kernels').click();
    await rendered(panel);
    await new Promise(resolve => setTimeout(resolve, 0));
    await disposed(panel);

    panel = makePanel(model, state);
    await new Promise(resolve => setTimeout(resolve, 0));
    await rendered(panel);
    expect(toggle(panel, 'home').getAttribute('aria-expanded')).toBe('false');
    expect(toggle(panel, 'kernels').getAttribute('aria-expanded')).toBe('true');
    expect(toggle(panel, 'run_as').getAttribute('aria-expanded')).toBe('true');
  });

  it('should enable the report commands only with a report', async () => {
    const model = modelAnswering(reportAnswer(studioReport));
    panel = makePanel(model);
    expect(commands.isEnabled(CommandIDs.copyJSON)).toBe(false);
    expect(commands.isEnabled(CommandIDs.probe)).toBe(false);
    expect(commands.isEnabled(CommandIDs.inspectKernel)).toBe(false);
    await model.refresh();
    await rendered(panel);
    expect(commands.isEnabled(CommandIDs.copyJSON)).toBe(true);
    expect(commands.isEnabled(CommandIDs.probe)).toBe(true);
    // No notebook or console is open.
    expect(commands.isEnabled(CommandIDs.inspectKernel)).toBe(false);
  });

  it('should draw what the collector could not read as unknown, with why', async () => {
    const report = patchedReport('studio-sagemaker-user', r => {
      r.user_namespace.remapped = null;
      r.user_namespace.host_uid = null;
      const why = 'uid_map could not be read.';
      judged(r, 'user_namespace.host_uid', 'unknown', 'unknown', why);
      judged(r, 'user_namespace.remapped', 'unknown', 'unknown', why);
      r.summary.glance[1] = {
        ...r.summary.glance[1],
        text: 'unknown: the uid map could not be read',
        tone: 'unknown'
      };
      r.summary.verdict = { tone: 'unknown', text: '2 facts unknown' };
    });
    await renderReport(report);
    expect(textOf(panel, '.jp-IsolationInfo-hostUid')).toEqual(['unknown']);
    expect(
      panel.node.querySelector('.jp-IsolationInfo-hostUid')!.classList
    ).toContain('jp-mod-unknown');
    const host = panel.node.querySelector('[data-line="host"]')!;
    expect(host.classList).toContain('jp-mod-unknown');
    expect(host.textContent).toContain(
      'unknown: the uid map could not be read'
    );
    const verdict = panel.node.querySelector('.jp-IsolationInfo-verdict')!;
    expect(verdict.textContent).toBe('2 facts unknown');
    expect(verdict.classList).toContain('jp-mod-unknown');
  });
});

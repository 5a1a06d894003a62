import * as React from 'react';

import { hasSection } from '../views/sections';
import { Volumes } from '../views/sections/volumes';
import { goldenReport } from './golden';
import { renderView } from './render';

describe('Volumes', () => {
  it('should draw one row per mount with its roles, unknown figures as unknown', async () => {
    // Captured facts: which mounts, never this machine's statvfs figures.
    const report = goldenReport('studio-efs-access-point');
    const node = await renderView(<Volumes report={report} />);
    const labels = Array.from(node.querySelectorAll('dt')).map(
      dt => dt.textContent
    );
    expect(labels).toEqual([
      '/home/sagemaker-user (home, packages, jupyter-data)',
      '/home/sagemaker-user/user-default-efs (home-mount)',
      '/ (root, tmp)',
      '/dev (shm)'
    ]);
    const home = node.querySelector('dd')!;
    expect(home.textContent).toContain('ext4 from /dev/nvme1n1, read-write');
    expect(home.textContent).toContain('used unknown, available unknown');
    expect(home.textContent).toContain('on restart: kept');
    expect(home.className).toContain('jp-mod-unknown');
  });

  it('should draw a full volume in the tone the collector gave it', async () => {
    const report = goldenReport('studio-efs-access-point');
    report.tones!['volumes[/dev]'] = {
      tone: 'critical',
      text: '100 % of its space used',
      reason: null
    };
    report.tones!['volumes[/dev].used_bytes'] = {
      tone: 'critical',
      text: '64.0 KiB of 64.0 KiB (100 %)',
      reason: null
    };
    const node = await renderView(<Volumes report={report} />);
    const shm = Array.from(node.querySelectorAll('dt')).find(
      dt => dt.textContent === '/dev (shm)'
    )!.nextElementSibling as HTMLElement;
    expect(shm.className).toContain('jp-mod-critical');
    expect(shm.textContent).toContain('used 64.0 KiB of 64.0 KiB (100 %)');
  });

  it('should have nothing to draw without volumes', () => {
    const report = goldenReport('docker-root-seccomp');
    expect(report.volumes).toEqual([]);
    expect(hasSection(report, 'volumes')).toBe(false);
    expect(hasSection(goldenReport('host-root'), 'volumes')).toBe(true);
  });
});

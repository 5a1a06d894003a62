import * as React from 'react';

import { IReport } from '../types';
import { Inspection } from '../views/inspection';
import { goldenReport } from './golden';
import { renderView } from './render';

/**
 * The kernel's report as the kernel returns it, with the differences its
 * collector judged against the server's facts.
 */
function inspected(kernel: IReport): JSX.Element {
  return (
    <Inspection
      state={{
        kernelId: '0123456789abcdef',
        kernelName: 'Python 3 (ipykernel)',
        startedAt: new Date(0),
        finishedAt: new Date(0),
        result: { status: 'ok', report: kernel }
      }}
      server={goldenReport('studio-sagemaker-user')}
    />
  );
}

describe('Inspection', () => {
  it('should draw the differences the kernel judged, each with its tone', async () => {
    const kernel = goldenReport('studio-root-remapped');
    kernel.differences = [
      {
        id: 'run_as',
        text: 'Your code runs as root (host uid 100000); this server runs as sagemaker-user (host uid 200001).',
        tone: 'neutral'
      },
      {
        id: 'capabilities.beyond_docker_default',
        text: 'The kernel keeps capabilities the server does not: CAP_NET_ADMIN.',
        tone: 'warning'
      }
    ];
    const node = await renderView(inspected(kernel));
    const items = node.querySelectorAll('.jp-IsolationInfo-differences li');
    expect(Array.from(items, item => item.textContent)).toEqual(
      kernel.differences.map(difference => difference.text)
    );
    expect(items[1].classList).toContain('jp-mod-warning');
  });

  it('should say the kernel and the server share one identity when none differ', async () => {
    const kernel = goldenReport('studio-sagemaker-user');
    kernel.differences = [];
    const node = await renderView(inspected(kernel));
    expect(
      node.querySelector('.jp-IsolationInfo-differences')!.textContent
    ).toBe('The kernel and this server share one identity.');
  });

  it('should not claim one identity when the kernel did not compare', async () => {
    const node = await renderView(
      inspected(goldenReport('studio-sagemaker-user'))
    );
    expect(
      node.querySelector('.jp-IsolationInfo-differences')!.textContent
    ).toContain('Not compared with this server');
  });
});

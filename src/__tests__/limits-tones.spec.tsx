import * as React from 'react';

import { Limits } from '../views/sections/limits';
import { goldenReport } from './golden';
import { renderView } from './render';

describe('Limits', () => {
  it('should draw the root cgroup keeping no process count as unknown, not as an error', async () => {
    // host-root: pids:/ at the top of its v1 hierarchy, no pids.current.
    const report = goldenReport('host-root');
    expect(report.limits!.pids.current).toBeNull();
    const node = await renderView(<Limits report={report} />);
    const processes = Array.from(node.querySelectorAll('dt')).find(
      dt => dt.textContent === 'Processes'
    )!.nextElementSibling as HTMLElement;
    expect(processes.dataset.tone).toBe('unknown');
    expect(processes.textContent).toBe('unknown, no limit');
    expect(processes.querySelector('[title]')!.getAttribute('title')).toContain(
      'the kernel keeps no process count in the root cgroup'
    );
    expect(node.querySelector('.jp-IsolationInfo-error')).toBeNull();
  });
});

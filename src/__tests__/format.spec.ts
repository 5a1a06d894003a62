import { nullTranslator } from '@jupyterlab/translation';

import {
  flattenJSON,
  formatMapLine,
  identityDifferences,
  sortFindings,
  toMarkdown,
  worstSeverity
} from '../format';
import { IReport } from '../tokens';
import { studioReport } from './fixtures/report';

describe('format', () => {
  describe('formatMapLine', () => {
    it.each([
      [{ inside: 1000, outside: 200001, count: 1 }, '1000 → 200001'],
      [
        { inside: 0, outside: 100000, count: 1000 },
        '0–999 → 100000–100999 (1000 ids)'
      ]
    ])('should read %j as %s', (line, text) => {
      expect(formatMapLine(line)).toBe(text);
    });
  });

  describe('sortFindings', () => {
    it('should put the worst severity first', () => {
      expect(sortFindings(studioReport.findings).map(f => f.severity)).toEqual([
        'critical',
        'warning',
        'info'
      ]);
    });

    it('should treat missing findings as none', () => {
      expect(sortFindings(undefined)).toEqual([]);
      expect(worstSeverity(undefined)).toBeNull();
    });
  });

  describe('worstSeverity', () => {
    it('should be the most severe finding', () => {
      expect(worstSeverity(studioReport.findings)).toBe('critical');
    });
  });

  describe('flattenJSON', () => {
    it('should name nested keys and array items by path', () => {
      expect(
        flattenJSON({ a: { b: [1, 'x'] }, c: null, d: {}, e: [] })
      ).toEqual([
        ['a.b[0]', '1'],
        ['a.b[1]', 'x'],
        ['c', 'null'],
        ['d', '{}'],
        ['e', '[]']
      ]);
    });
  });

  describe('toMarkdown', () => {
    const markdown = toMarkdown(studioReport);

    it('should list the host uid', () => {
      expect(markdown).toContain('| host uid | 200001 |');
    });

    it('should put findings first, worst first', () => {
      const findings = markdown.indexOf('## Findings');
      expect(findings).toBeGreaterThan(0);
      expect(findings).toBeLessThan(markdown.indexOf('## Identity'));
      expect(markdown.indexOf('critical')).toBeLessThan(
        markdown.indexOf('| warning')
      );
    });

    it('should escape pipes so table rows stay whole', () => {
      expect(markdown).toContain('Extra \\| capability');
    });

    it('should include nested metadata and every section', () => {
      expect(markdown).toContain('| Tags.cost[1] | b |');
      for (const heading of [
        '## Home directory',
        '## App metadata',
        '## Network isolation',
        '## Container',
        '## Kernels'
      ]) {
        expect(markdown).toContain(heading);
      }
      expect(markdown).toContain('read-only');
    });
  });
});

describe('identityDifferences', () => {
  const trans = nullTranslator.load('jupyterlab_isolation_info');
  const kernelReport: IReport = {
    ...studioReport,
    run_as: {
      ...studioReport.run_as,
      user: 'root',
      uid: 0,
      gid: 0,
      home: '/root'
    },
    user_namespace: { ...studioReport.user_namespace, host_uid: 100000 },
    home: { ...studioReport.home!, path: '/root' },
    capabilities: {
      ...studioReport.capabilities!,
      beyond_docker_default: ['CAP_SYS_ADMIN', 'CAP_NET_ADMIN']
    },
    metadata: {
      ...studioReport.metadata!,
      fields: { ...studioReport.metadata!.fields, AppType: 'KernelGateway' }
    }
  };

  it('should say who the code runs as beside who the server runs as', () => {
    expect(identityDifferences(studioReport, kernelReport, trans)[0]).toBe(
      'Your code runs as root (host uid 100000); this server runs as sagemaker-user (host uid 200001).'
    );
  });

  it('should call out home, capabilities and app type differences', () => {
    const differences = identityDifferences(studioReport, kernelReport, trans);
    expect(differences).toContain(
      'The kernel’s home is /root; the server’s is /home/sagemaker-user.'
    );
    expect(differences).toContain(
      'The kernel keeps capabilities the server does not: CAP_NET_ADMIN.'
    );
    expect(differences).toContain(
      'The kernel runs in a KernelGateway app; the server in a JupyterLab app.'
    );
  });

  it('should call out an endpoint blocked on one side only', () => {
    const open: IReport = {
      ...studioReport,
      endpoints: studioReport.endpoints!.map(e =>
        e.id === 'imds-ipv4' ? { ...e, status: 'reachable' } : e
      )
    };
    expect(identityDifferences(studioReport, open, trans)).toEqual([
      'Instance metadata service (IPv4) is reachable from the kernel but blocked from the server.'
    ]);
  });

  it('should find no difference between a report and itself', () => {
    expect(identityDifferences(studioReport, studioReport, trans)).toEqual([]);
  });
});

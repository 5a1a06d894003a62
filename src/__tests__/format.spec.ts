import { nullTranslator } from '@jupyterlab/translation';

import {
  flattenJSON,
  formatMapLine,
  identityDifferences,
  collectedAgo,
  readOnlyText,
  sortFindings,
  visible,
  worstSeverity
} from '../format';
import { IReport } from '../tokens';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

import { SECTION_TITLES } from '../sections';
import {
  blockedAsInStudio,
  goldenReport,
  patchedReport,
  SCHEMA_PATH
} from './golden';

const studioReport = patchedReport('studio-sagemaker-user', blockedAsInStudio);

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
      // A bare host's findings, given in reverse: stable within a severity.
      const findings = goldenReport('host-root').findings;
      expect(sortFindings([...findings].reverse()).map(f => f.id)).toEqual([
        'root-not-remapped',
        'kernel-settings-writable',
        'caps-beyond-docker-default',
        'seccomp-disabled',
        'not-in-studio'
      ]);
    });

    it('should treat missing findings as none', () => {
      expect(sortFindings(undefined)).toEqual([]);
      expect(worstSeverity(undefined)).toBeNull();
    });
  });

  describe('worstSeverity', () => {
    it('should be the most severe finding', () => {
      expect(worstSeverity(goldenReport('host-root').findings)).toBe(
        'critical'
      );
      expect(worstSeverity(studioReport.findings)).toBe('info');
    });
  });

  describe('flattenJSON', () => {
    it('should tell a dotted key from a nested one, and show an empty key', () => {
      expect(
        flattenJSON({ 'a.b': 1, a: { b: 2 }, '': 3, x: { 'y[0]': 4 } })
      ).toEqual([
        ['["a.b"]', '1'],
        ['a.b', '2'],
        ['[""]', '3'],
        ['x["y[0]"]', '4']
      ]);
    });

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
});

describe('visible', () => {
  it.each([
    ['plain é 日本 😀', 'plain é 日本 😀'],
    ['read\u202eylno-', 'read\\u202eylno-'],
    ['a\x1b[31m', 'a\\x1b[31m'],
    ['two\nlines\r', 'two\\nlines\\r'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['lone \ud800', 'lone \\ud800']
  ])('should show %j as %j', (text, shown) => {
    expect(visible(text)).toBe(shown);
  });
});

describe('collectedAgo', () => {
  const trans = nullTranslator.load('jupyterlab_isolation_info');
  const report = goldenReport('host-root'); // collected 2026-01-01T00:00:00Z
  const at = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [0, 'collected 0 s ago'],
    [9_400, 'collected 9 s ago'],
    [600_000, 'collected 10 min ago'],
    [-5_000, 'collected 0 s ago']
  ])('should count %d ms from the report time', (elapsed, text) => {
    expect(collectedAgo(report, trans, at + elapsed)).toBe(text);
  });
});

describe('readOnlyText', () => {
  const trans = nullTranslator.load('jupyterlab_isolation_info');
  it.each([
    [true, 'read-only'],
    [false, 'writable'],
    [null, 'read-only unknown']
  ])('should read %s as %s, never writable when unknown', (value, text) => {
    expect(readOnlyText(value, trans)).toBe(text);
  });
});

describe('SECTION_TITLES', () => {
  it('should be the titles the report schema gives its sections', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
    const titles: Record<string, string> = {};
    for (const [key, value] of Object.entries(schema.properties)) {
      const title = (value as { title?: string }).title;
      if (title) {
        titles[key] = title;
      }
    }
    expect(SECTION_TITLES).toEqual(titles);
  });
});

describe('report.generated.ts', () => {
  it('should be what the report schema gives', () => {
    // Exits 1, and so throws, when the types and the schema disagree.
    expect(() =>
      execFileSync(
        process.execPath,
        [
          path.join(__dirname, '..', '..', 'scripts', 'report-types.js'),
          '--check'
        ],
        { stdio: 'pipe' }
      )
    ).not.toThrow();
  });
});

describe('identityDifferences', () => {
  const trans = nullTranslator.load('jupyterlab_isolation_info');
  // Root in a KernelGateway container, as in Studio Classic, with one
  // capability more than Docker's defaults.
  const kernelReport = patchedReport('studio-root-remapped', report => {
    blockedAsInStudio(report);
    report.capabilities.beyond_docker_default = ['CAP_NET_ADMIN'];
    report.metadata.fields = {
      ...report.metadata.fields,
      AppType: 'KernelGateway'
    };
  });

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
      endpoints: studioReport.endpoints.map(e =>
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

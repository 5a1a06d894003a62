import { nullTranslator } from '@jupyterlab/translation';

import {
  flattenJSON,
  formatMapLine,
  collectedAgo,
  shortKernelId
} from '../format';
import { factKey } from '../facts';
import { execFileSync } from 'child_process';
import * as path from 'path';

import { goldenReport } from './golden';

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

describe('collectedAgo', () => {
  const trans = nullTranslator.load('jupyterlab_isolation_info');
  const report = goldenReport('host-root'); // collected 2026-01-01T00:00:00Z
  const at = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    // A no-break space holds the number to its unit.
    [0, 'collected 0\u00a0s ago'],
    [9_400, 'collected 9\u00a0s ago'],
    [600_000, 'collected 10\u00a0min ago'],
    [-5_000, 'collected 0\u00a0s ago']
  ])('should count %d ms from the report time', (elapsed, text) => {
    expect(collectedAgo(report, trans, at + elapsed)).toBe(text);
  });
});

describe('shortKernelId', () => {
  it('should be the first 8 characters, as JupyterLab lists kernels', () => {
    expect(shortKernelId('6f1e2d3c-0000-4000-8000-000000000000')).toBe(
      '6f1e2d3c'
    );
  });
});

describe('factKey', () => {
  it.each([
    [['home', 'mode'], 'home.mode'],
    [['endpoints', null, 'imds-ipv4', 'status'], 'endpoints[imds-ipv4].status'],
    [['mounts', null, '/home/sagemaker-user'], 'mounts[/home/sagemaker-user]'],
    [
      ['walls', 'runtime_sockets', '/var/run/docker.sock', 'writable'],
      'walls.runtime_sockets[/var/run/docker.sock].writable'
    ]
  ] as Array<[Parameters<typeof factKey>, string]>)(
    'should build the key the collector builds: %j',
    (args, key) => {
      expect(factKey(...args)).toBe(key);
    }
  );

  it('should find every key of a golden report', () => {
    const report = goldenReport('studio-sagemaker-user');
    for (const endpoint of report.endpoints) {
      expect(
        report.tones[factKey('endpoints', null, endpoint.id, 'status')]
      ).toBeDefined();
    }
    for (const mount of report.mounts) {
      expect(report.tones[factKey('mounts', null, mount.path)]).toBeDefined();
    }
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

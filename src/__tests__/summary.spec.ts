import { nullTranslator } from '@jupyterlab/translation';

import {
  endpointsLine,
  glance,
  homeLine,
  hostLine,
  runAsLine,
  verdict
} from '../summary';
import { sectionTitle } from '../views/sections';
import { SECTION_TITLES, SectionKey } from '../sections';
import { IEndpoint, IReport } from '../types';
import { blockedAsInStudio, goldenReport, patchedReport } from './golden';

// The collector's reports of a Studio space (every route blocked, passwordless
// sudo) and of a user with no passwd entry on a host without remapping.
const studioReport = patchedReport('studio-sagemaker-user', report => {
  blockedAsInStudio(report);
  report.run_as.sudo = 'yes';
});
const bareReport = patchedReport('host-root', report => {
  report.run_as = {
    ...report.run_as,
    user: null,
    uid: 4321,
    gid: 4321,
    groups: [],
    home: null,
    sudo: 'unknown'
  };
  report.user_namespace.host_uid = 4321;
  report.user_namespace.host_gid = 4321;
});

const trans = nullTranslator.load('jupyterlab_isolation_info');

/**
 * The Studio fixture with what the server leaves unknown set to null, as the
 * report contract allows (`remapped: null` means the uid map was unreadable).
 */
function patched(patch: {
  [K in keyof IReport]?: Partial<NonNullable<IReport[K]>> | null;
}): IReport {
  const report = JSON.parse(JSON.stringify(studioReport)) as IReport;
  for (const [key, value] of Object.entries(patch)) {
    const target = report as unknown as Record<string, unknown>;
    target[key] =
      value === null || Array.isArray(value)
        ? value
        : { ...(target[key] as object), ...(value as object) };
  }
  return report;
}

const clean = (report: IReport): IReport => ({ ...report, findings: [] });

const endpoint = (status: IEndpoint['status'], name = 'IMDS'): IEndpoint => ({
  id: `imds-${name}`,
  name,
  host: '169.254.169.254',
  port: 80,
  address: '169.254.169.254:80',
  expected: 'blocked',
  status,
  method: 'route',
  detail: ''
});

describe('summary', () => {
  describe('runAsLine', () => {
    it.each([
      ['yes', 'sagemaker-user (1000), with sudo'],
      ['no', 'sagemaker-user (1000), no sudo'],
      ['unknown', 'sagemaker-user (1000), sudo unknown'],
      [undefined, 'sagemaker-user (1000), sudo unknown']
    ] as const)('should say sudo %s as "%s"', (sudo, text) => {
      const report = patched({ run_as: { sudo } });
      expect(runAsLine(report, trans).text).toBe(text);
    });

    it('should name a user without a passwd entry by uid', () => {
      expect(runAsLine(bareReport, trans).text).toBe('uid 4321, sudo unknown');
    });
  });

  describe('hostLine', () => {
    it('should say remapped with the host uid', () => {
      expect(hostLine(studioReport, trans)).toMatchObject({
        text: 'uid 200001, remapped',
        tone: 'ok'
      });
    });

    it('should warn when the ids are the host ids', () => {
      expect(hostLine(bareReport, trans)).toMatchObject({
        text: 'uid 4321, not remapped',
        tone: 'warning'
      });
    });

    it('should call root on the host critical', () => {
      const report = patched({
        user_namespace: { remapped: false, host_uid: 0 }
      });
      expect(hostLine(report, trans).tone).toBe('critical');
    });

    it.each([
      [
        { remapped: null, host_uid: null },
        'unknown: the uid map could not be read'
      ],
      [
        { remapped: true, host_uid: null },
        'unknown: the uid map could not be read'
      ],
      [{ remapped: null, host_uid: 200001 }, 'uid 200001, remapping unknown']
    ])('should read %j as unknown', (userns, text) => {
      const report = patched({
        user_namespace: userns as Partial<IReport['user_namespace']>
      });
      expect(hostLine(report, trans)).toMatchObject({ text, tone: 'unknown' });
    });
  });

  describe('homeLine', () => {
    it('should say the home is yours here and who it is on the host', () => {
      expect(homeLine(studioReport, trans)).toMatchObject({
        text: 'owned by you, host uid 200001',
        tone: 'ok'
      });
    });

    it('should name another owner', () => {
      const report = patched({
        home: { owner_is_run_as: false, owner_uid: 0, owner_name: 'root' }
      });
      expect(homeLine(report, trans)).toMatchObject({
        text: 'owned by root (0), not you; host uid 200001',
        tone: 'warning'
      });
    });

    it('should say when the owner is not mapped', () => {
      const report = patched({ home: { owner_unmapped: true } });
      expect(homeLine(report, trans).tone).toBe('warning');
    });

    it.each([
      [{ owner_is_run_as: null }, 'owner unknown'],
      [{ host_owner_uid: null }, 'owned by you, host owner unknown']
    ])('should read %j as unknown', (home, text) => {
      const report = patched({ home: home as Partial<IReport['home']> });
      expect(homeLine(report, trans)).toMatchObject({ text, tone: 'unknown' });
    });

    it('should say why the home is unknown', () => {
      // What the collector reports for a home on a stalled mount.
      const report = patched({
        home: {
          exists: null,
          owner_uid: null,
          owner_is_run_as: null,
          host_owner_uid: null,
          error:
            'stat of /home/sagemaker-user did not answer within 1 s (a stalled network mount?).'
        }
      });
      expect(homeLine(report, trans)).toMatchObject({
        text: 'unknown: stat of /home/sagemaker-user did not answer within 1 s (a stalled network mount?).',
        tone: 'unknown'
      });
    });

    it('should say a home that does not exist', () => {
      const report = patched({ home: { exists: false } });
      expect(homeLine(report, trans)).toMatchObject({
        text: '/home/sagemaker-user does not exist',
        tone: 'warning'
      });
    });
  });

  describe('endpointsLine', () => {
    it.each([
      [['blocked'], 'all blocked: A', 'ok'],
      [['blocked', 'routable'], 'not blocked: B; blocked: A', 'warning'],
      [['reachable', 'blocked'], 'reachable: A; blocked: B', 'critical'],
      [['unknown', 'blocked'], 'unknown: A; blocked: B', 'unknown'],
      [['unknown'], 'unknown: A', 'unknown']
    ] as const)('should sum up %j as "%s"', (statuses, text, tone) => {
      const report = {
        ...studioReport,
        endpoints: statuses.map((status, index) =>
          endpoint(status, 'AB'[index])
        )
      };
      expect(endpointsLine(report, trans)).toMatchObject({ text, tone });
    });

    it('should read a report without endpoints as unknown', () => {
      expect(endpointsLine(bareReport, trans).tone).toBe('unknown');
    });
  });

  describe('glance', () => {
    it('should give the four answers, each leading to its section', () => {
      expect(
        glance(studioReport, trans).map(line => [line.id, line.section])
      ).toEqual([
        ['run_as', 'run_as'],
        ['host', 'user_namespace'],
        ['home', 'home'],
        ['endpoints', 'endpoints']
      ]);
    });
  });

  describe('verdict', () => {
    const blocked = { endpoints: [endpoint('blocked')] };

    // A bare host as root: the collector's own critical and warning findings.
    const hostRoot = goldenReport('host-root');
    const critical = hostRoot.findings.find(f => f.severity === 'critical')!;
    const warning = hostRoot.findings.find(f => f.severity === 'warning')!;

    it('should name the worst finding when it is critical', () => {
      expect(verdict(hostRoot, trans)).toEqual({
        tone: 'critical',
        text: 'Critical: Root here is root on the host'
      });
    });

    it('should count several critical findings', () => {
      const report = {
        ...hostRoot,
        findings: [critical, { ...critical, title: 'Second' }]
      };
      expect(verdict(report, trans).text).toBe(
        'Critical: Root here is root on the host (+1 more)'
      );
    });

    it('should count warnings', () => {
      const report = { ...studioReport, findings: [warning, warning] };
      expect(verdict(report, trans)).toEqual({
        tone: 'warning',
        text: '2 warnings'
      });
    });

    it('should say isolated as in Studio only when every fact is measured good', () => {
      const report = clean({ ...studioReport, ...blocked });
      expect(verdict(report, trans)).toEqual({
        tone: 'ok',
        text: 'Isolated as in Studio'
      });
    });

    it.each([
      ['the remapping', { user_namespace: { remapped: null } }],
      ['the host uid', { user_namespace: { host_uid: null } }],
      ['the home owner', { home: { owner_is_run_as: null } }],
      ['the home host owner', { home: { host_owner_uid: null } }],
      ['an endpoint', { endpoints: [endpoint('unknown')] }]
    ])('should not call it isolated when %s is unknown', (_, patch) => {
      const report = clean(
        patched({ ...blocked, ...(patch as Parameters<typeof patched>[0]) })
      );
      expect(verdict(report, trans)).toEqual({
        tone: 'unknown',
        text: '1 fact unknown'
      });
    });

    it('should not call it isolated outside Studio', () => {
      const report = clean(
        patched({ ...blocked, metadata: { found: false, read_only: null } })
      );
      expect(verdict(report, trans)).toEqual({
        tone: 'neutral',
        text: 'No warnings'
      });
    });
  });
});

describe('sectionTitle', () => {
  it('should give every report section its one title', () => {
    for (const key of Object.keys(SECTION_TITLES) as SectionKey[]) {
      expect(sectionTitle(key, trans)).toBe(SECTION_TITLES[key]);
    }
  });
});

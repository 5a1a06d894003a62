import { nullTranslator } from '@jupyterlab/translation';

import { renderContext } from '../panel/context';
import { renderCredentials } from '../panel/credentials';
import { renderIdentity } from '../panel/identity';
import { renderMounts } from '../panel/mounts';
import { renderWalls } from '../panel/walls';
import { IStudioReport } from '../tokens-studio';
import { bareReport, studioReport } from './fixtures/report';

const trans = nullTranslator.load('jupyterlab_isolation_info');

/**
 * The Studio fixture with the keys a collector that knows Studio adds.
 */
const report: IStudioReport = {
  ...studioReport,
  run_as: { ...studioReport.run_as, root_host_uid: 100000, sudo_detail: 'x' },
  context: {
    in_studio: true,
    studio: 'new',
    partition: 'aws',
    region: 'us-east-1',
    account: '111122223333',
    domain: 'd-abc',
    space: '<img src=x onerror=alert(1)>',
    user_profile: null,
    app_type: 'JupyterLab',
    app_name: 'default',
    execution_role: 'AmazonSageMaker-ExecutionRole',
    home_env: '/home/sagemaker-user',
    home_moved: false,
    meaning:
      'New Studio: the server and its kernels run in this one container.',
    error: null
  },
  mounts: [
    {
      path: '/home/sagemaker-user/user-default-efs',
      role: 'under-home',
      filesystem: 'nfs4',
      mount_source: 'fs-0123.efs.us-east-1.amazonaws.com:/',
      read_only: false,
      owner_uid: 65534,
      owner_gid: 65534,
      owner_name: 'nobody',
      host_owner_uid: null,
      owner_unmapped: true,
      mode: '0700',
      writable: false,
      error: null
    }
  ],
  credentials: {
    relative_uri_set: true,
    full_uri_set: false,
    host: '169.254.170.2',
    port: 80,
    expected: 'reachable',
    status: 'blocked',
    method: 'route',
    detail: 'The kernel refuses the route (EINVAL): a blackhole rule.',
    error: null
  },
  walls: {
    security_label: {
      label: 'docker-default',
      kind: 'apparmor',
      mode: 'enforce'
    },
    seccomp_filters: 1,
    runtime_sockets: [
      {
        path: '/var/run/docker.sock',
        runtime: 'docker',
        symlink_to: null,
        is_socket: true,
        writable: true,
        error: null
      }
    ],
    service_account_token: {
      path: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      present: false,
      error: null
    },
    proc_sys_read_only: true,
    cgroup_read_only: true,
    error: null
  }
};

function rows(node: HTMLElement | null): string[] {
  return Array.from(node?.querySelectorAll('dt, dd') ?? []).map(
    n => n.textContent ?? ''
  );
}

describe('studio sections', () => {
  describe('renderContext', () => {
    it('should show where the app is, values as text', () => {
      const node = renderContext(report, trans);
      const text = rows(node);
      expect(text).toContain('new Studio');
      expect(text).toContain('111122223333');
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(node?.querySelector('img')).toBeNull();
    });

    it('should render nothing for a report without the key', () => {
      expect(renderContext(bareReport, trans)).toBeNull();
    });
  });

  describe('renderMounts', () => {
    it('should mark an unmapped owner and a mount you cannot write', () => {
      const node = renderMounts(report, trans);
      const item = node?.querySelector('li');
      expect(item?.textContent).toContain('not mapped into this container');
      expect(item?.textContent).toContain('writable by you: no');
      expect(item?.className).toContain('jp-mod-warning');
    });

    it('should not warn about an app mount owned outside the map', () => {
      const app: IStudioReport = {
        ...report,
        mounts: [
          { ...report.mounts![0], path: '/opt/ml/metadata', role: 'app' }
        ]
      };
      const item = renderMounts(app, trans)?.querySelector('li');
      expect(item?.className).toBe('jp-IsolationInfo-mount');
    });
  });

  describe('renderCredentials', () => {
    it('should show presence, never a value, and the endpoint status', () => {
      const text = rows(renderCredentials(report, trans));
      expect(text).toContain('Credentials variable set');
      expect(text).toContain('yes');
      expect(text.join(' ')).toContain('blocked, expected reachable');
    });
  });

  describe('renderWalls', () => {
    it('should mark a writable runtime socket critical', () => {
      const node = renderWalls(report, trans);
      const socket = Array.from(node?.querySelectorAll('dd') ?? []).find(dd =>
        dd.textContent?.includes('docker socket')
      );
      expect(socket?.className).toContain('jp-mod-critical');
      expect(rows(node)).toContain('docker-default (apparmor, enforce)');
    });
  });

  describe('renderIdentity', () => {
    it('should name the host uid that root maps to', () => {
      expect(rows(renderIdentity(report, trans))).toContain('host uid 100000');
    });

    it('should call root that is not remapped host root', () => {
      const notRemapped: IStudioReport = {
        ...report,
        run_as: { ...report.run_as, root_host_uid: 0 }
      };
      expect(rows(renderIdentity(notRemapped, trans))).toContain(
        'host root: uid 0 is not remapped'
      );
    });
  });
});

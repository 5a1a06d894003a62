import { nullTranslator } from '@jupyterlab/translation';

import { renderContext } from '../panel/context';
import { renderCredentials } from '../panel/credentials';
import { renderMounts } from '../panel/mounts';
import { renderUserNamespace } from '../panel/userns';
import { renderWalls } from '../panel/walls';
import { IStudioReport } from '../tokens-studio';
import { goldenReport } from './golden';

const trans = nullTranslator.load('jupyterlab_isolation_info');

/**
 * The EFS golden report (a new-Studio space whose EFS directory shows as
 * nobody), with what a live collection adds: sudo, a hostile space name, the
 * credentials variable, a writable runtime socket.
 */
function studioReport(): IStudioReport {
  const report = goldenReport('studio-efs-access-point');
  report.run_as.sudo = 'yes';
  report.run_as.root_host_uid = 100000;
  report.context.space = '<img src=x onerror=alert(1)>';
  report.mounts[2].writable = false;
  report.credentials = {
    ...report.credentials,
    relative_uri_set: true,
    status: 'blocked',
    detail: 'The kernel refuses the route (EINVAL): a blackhole rule.'
  };
  report.walls = {
    ...report.walls,
    security_label: {
      label: 'docker-default',
      kind: 'apparmor',
      mode: 'enforce'
    },
    runtime_sockets: [
      {
        path: '/var/run/docker.sock',
        runtime: 'docker',
        symlink_to: null,
        is_socket: true,
        writable: true,
        error: null
      }
    ]
  };
  return report;
}

const report = studioReport();

/**
 * A section's content in one element, as the panel puts it in its section.
 */
function inDiv(nodes: Node[] | null): HTMLElement | null {
  if (!nodes) {
    return null;
  }
  const div = document.createElement('div');
  div.append(...nodes);
  return div;
}

function rows(node: HTMLElement | null): string[] {
  return Array.from(node?.querySelectorAll('dt, dd') ?? []).map(
    n => n.textContent ?? ''
  );
}

describe('studio sections', () => {
  describe('renderContext', () => {
    it('should show where the app is, values as text', () => {
      const node = inDiv(renderContext(report, trans));
      const text = rows(node);
      expect(text).toContain('new Studio');
      expect(text).toContain('111122223333');
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(node?.querySelector('img')).toBeNull();
    });

    it('should render nothing for a report without the key', () => {
      const old = studioReport() as Partial<IStudioReport>;
      delete old.context;
      expect(inDiv(renderContext(old as IStudioReport, trans))).toBeNull();
    });
  });

  describe('renderMounts', () => {
    it('should mark an unmapped owner and a mount you cannot write', () => {
      const node = inDiv(renderMounts(report, trans));
      const item = node?.querySelectorAll('li')[2];
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
      const item = inDiv(renderMounts(app, trans))?.querySelector('li');
      expect(item?.className).toBe('jp-IsolationInfo-mount');
    });
  });

  describe('renderCredentials', () => {
    it('should show presence, never a value, and the endpoint status', () => {
      const text = rows(inDiv(renderCredentials(report, trans)));
      expect(text).toContain('Credentials variable set');
      expect(text).toContain('yes');
      expect(text.join(' ')).toContain('blocked, expected reachable');
    });
  });

  describe('renderWalls', () => {
    it('should mark a writable runtime socket critical', () => {
      const node = inDiv(renderWalls(report, trans));
      const socket = Array.from(node?.querySelectorAll('dd') ?? []).find(dd =>
        dd.textContent?.includes('docker socket')
      );
      expect(socket?.className).toContain('jp-mod-critical');
      expect(rows(node)).toContain('docker-default (apparmor, enforce)');
    });
  });

  describe('renderUserNamespace', () => {
    it('should name the host uid that root maps to', () => {
      expect(rows(inDiv(renderUserNamespace(report, trans)))).toContain(
        'host uid 100000'
      );
    });

    it('should call root that is not remapped host root', () => {
      const notRemapped: IStudioReport = {
        ...report,
        run_as: { ...report.run_as, root_host_uid: 0 }
      };
      expect(rows(inDiv(renderUserNamespace(notRemapped, trans)))).toContain(
        'host root: uid 0 is not remapped'
      );
    });
  });
});

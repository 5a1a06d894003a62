import * as React from 'react';

import { IReport as IStudioReport } from '../types';
import { Context } from '../views/sections/context';
import { Credentials } from '../views/sections/credentials';
import { Mounts } from '../views/sections/mounts';
import { UserNamespace } from '../views/sections/userns';
import { Walls } from '../views/sections/walls';
import { goldenReport } from './golden';
import { renderView } from './render';

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
 * A section's view alone in an element, or null when it draws nothing.
 */
async function inDiv(
  view: (props: { report: IStudioReport }) => JSX.Element | null,
  report: IStudioReport
): Promise<HTMLElement | null> {
  const node = await renderView(React.createElement(view, { report }));
  return node.childNodes.length ? node : null;
}

function rows(node: HTMLElement | null): string[] {
  return Array.from(node?.querySelectorAll('dt, dd') ?? []).map(
    n => n.textContent ?? ''
  );
}

describe('studio sections', () => {
  describe('Context', () => {
    it('should show where the app is, values as text', async () => {
      const node = await inDiv(Context, report);
      const text = rows(node);
      expect(text).toContain('new Studio');
      expect(text).toContain('111122223333');
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(node?.querySelector('img')).toBeNull();
    });

    it('should render nothing for a report without the key', async () => {
      const old = studioReport() as Partial<IStudioReport>;
      delete old.context;
      expect(await inDiv(Context, old as IStudioReport)).toBeNull();
    });
  });

  describe('Mounts', () => {
    it('should mark an unmapped owner and a mount you cannot write', async () => {
      const node = await inDiv(Mounts, report);
      const item = node?.querySelectorAll('li')[2];
      expect(item?.textContent).toContain('not mapped into this container');
      expect(item?.textContent).toContain('writable by you: no');
      expect(item?.className).toContain('jp-mod-warning');
    });

    it('should not warn about an app mount owned outside the map', async () => {
      const app: IStudioReport = {
        ...report,
        mounts: [
          { ...report.mounts![0], path: '/opt/ml/metadata', role: 'app' }
        ]
      };
      const item = (await inDiv(Mounts, app))?.querySelector('li');
      expect(item?.className).toBe('jp-IsolationInfo-mount');
    });
  });

  describe('Credentials', () => {
    it('should show presence, never a value, and the endpoint status', async () => {
      const text = rows(await inDiv(Credentials, report));
      expect(text).toContain('Credentials variable set');
      expect(text).toContain('yes');
      expect(text.join(' ')).toContain('blocked, expected reachable');
    });
  });

  describe('Walls', () => {
    it('should mark a writable runtime socket critical', async () => {
      const node = await inDiv(Walls, report);
      const socket = Array.from(node?.querySelectorAll('dd') ?? []).find(dd =>
        dd.textContent?.includes('docker socket')
      );
      expect(socket?.className).toContain('jp-mod-critical');
      expect(rows(node)).toContain('docker-default (apparmor, enforce)');
    });
  });

  describe('UserNamespace', () => {
    it('should name the host uid that root maps to', async () => {
      expect(rows(await inDiv(UserNamespace, report))).toContain(
        'host uid 100000'
      );
    });

    it('should call root that is not remapped host root', async () => {
      const notRemapped: IStudioReport = {
        ...report,
        run_as: { ...report.run_as, root_host_uid: 0 }
      };
      expect(rows(await inDiv(UserNamespace, notRemapped))).toContain(
        'host root: uid 0 is not remapped'
      );
    });
  });
});

import * as React from 'react';

import { IReport as IStudioReport } from '../types';
import { Context } from '../views/sections/context';
import { Credentials } from '../views/sections/credentials';
import { Mounts } from '../views/sections/mounts';
import { UserNamespace } from '../views/sections/userns';
import { Walls } from '../views/sections/walls';
import { goldenReport, judged } from './golden';
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
  judged(
    report,
    'walls.runtime_sockets[/var/run/docker.sock]',
    'critical',
    'docker socket, writable by you: yes',
    'Whoever can write to it can start a privileged container.'
  );
  judged(report, 'credentials.status', 'ok', 'blocked');
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
    it('should word and mark each mount as the collector does', async () => {
      const node = await inDiv(Mounts, report);
      const item = node?.querySelectorAll('li')[2] as HTMLElement;
      const key = `mounts[${item.dataset.mountPath}]`;
      expect(item.textContent).toContain('not mapped into this container');
      expect(item.textContent).toContain(report.tones[key].text);
      expect(item.className).toContain(`jp-mod-${report.tones[key].tone}`);
    });

    it('should key each mount by its path', async () => {
      const node = await inDiv(Mounts, report);
      expect(
        Array.from(node!.querySelectorAll('li')).map(
          li => (li as HTMLElement).dataset.mountPath
        )
      ).toEqual(report.mounts.map(m => m.path));
    });
  });

  describe('Credentials', () => {
    it('should show presence, never a value, and the endpoint status', async () => {
      const text = rows(await inDiv(Credentials, report));
      expect(text).toContain('Credentials variable set');
      expect(text).toContain('yes');
      expect(text.join(' ')).toContain('Status blocked Expected reachable');
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

    it("should call root that is not remapped host root, in the collector's words", async () => {
      const notRemapped: IStudioReport = {
        ...report,
        run_as: { ...report.run_as, root_host_uid: 0 },
        tones: { ...report.tones }
      };
      judged(
        notRemapped,
        'user_namespace.root_host_uid',
        'critical',
        'host root: uid 0 is not remapped'
      );
      expect(rows(await inDiv(UserNamespace, notRemapped))).toContain(
        'host root: uid 0 is not remapped'
      );
    });
  });
});

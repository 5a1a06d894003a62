import {
  ILabShell,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ISessionContext, Notification } from '@jupyterlab/apputils';
import { Kernel, ServerConnection } from '@jupyterlab/services';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CommandIDs } from './commands';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { isSessionWidget } from './kernel';
import { requestAPI } from './request';

/**
 * The server's verdict on a kernel's last death (GET
 * isolation-info/kernels/<id>/death). The server judges; this file only
 * shows what it says.
 */
export interface IKernelDeath {
  kernel_id: string;
  event: 'restart' | 'dead';
  count: number;
  noticed_at: string;
  exit_status: number | null;
  signal: string | null;
  oom_kill_before: number | null;
  oom_kill_after: number | null;
  memory_limit_bytes: number | null;
  cgroup_directory: string | null;
  cause: 'memory' | 'not-memory' | 'unknown';
  tone: 'warning' | 'neutral' | 'unknown';
  text: string;
}

export interface IKernelDeathAnswer {
  kernel_id: string;
  watching: boolean;
  death: IKernelDeath | null;
}

/**
 * The kernel statuses that follow a death the user did not ask for.
 */
const DEATH_STATUSES: ReadonlySet<Kernel.Status> = new Set<Kernel.Status>([
  'autorestarting',
  'dead'
]);

/**
 * The notification type of each tone the server gives.
 */
const NOTIFICATION_TYPES: Record<
  IKernelDeath['tone'],
  Notification.TypeOptions
> = {
  warning: 'warning',
  neutral: 'info',
  unknown: 'info'
};

/**
 * Ask the server why a kernel died; null when it has seen no death of it.
 */
export async function fetchKernelDeath(
  kernelId: string,
  serverSettings: ServerConnection.ISettings
): Promise<IKernelDeath | null> {
  const answer = await requestAPI<IKernelDeathAnswer>(
    `kernels/${encodeURIComponent(kernelId)}/death`,
    serverSettings
  );
  return answer.death;
}

/**
 * Watches the kernel status of every notebook and console; when one dies
 * unasked, shows the server's verdict once per death.
 */
export class KernelDeathNotifier {
  constructor(
    private readonly options: {
      serverSettings: ServerConnection.ISettings;
      notify: (death: IKernelDeath, name: string) => void;
    }
  ) {}

  /**
   * Follow a session context's kernel status (once per context); ``name``
   * gives the document's name as its tab shows it now (a session keeps the
   * name it started with across renames).
   */
  watch(context: ISessionContext, name: () => string): void {
    if (this._watched.has(context)) {
      return;
    }
    const onStatus = (_: ISessionContext, status: Kernel.Status) => {
      const kernelId = context.session?.kernel?.id;
      if (kernelId && DEATH_STATUSES.has(status)) {
        void this._ask(kernelId, name());
      }
    };
    this._watched.add(context);
    context.statusChanged.connect(onStatus);
    context.disposed.connect(() => {
      context.statusChanged.disconnect(onStatus);
      this._watched.delete(context);
    });
  }

  private async _ask(kernelId: string, name: string): Promise<void> {
    let death: IKernelDeath | null;
    try {
      death = await fetchKernelDeath(kernelId, this.options.serverSettings);
    } catch (error) {
      console.warn('Isolation Info: no verdict on the kernel death', error);
      return;
    }
    const key = `${kernelId}:${death?.count}`;
    if (!death || this._shown.has(key)) {
      return;
    }
    this._shown.add(key);
    this.options.notify(death, name);
  }

  private readonly _watched = new Set<ISessionContext>();
  private readonly _shown = new Set<string>();
}

/**
 * "Why did my kernel die?": a notification beside JupyterLab's own restart
 * message, with the server's verdict and a way to the limits.
 */
export const kernelDeathPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:kernel-death',
  description:
    'Tells why a kernel died: killed for lack of memory, or not, from the OOM kill counter of its cgroup.',
  autoStart: true,
  requires: [ITranslator],
  optional: [ILabShell],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator | null,
    labShell: ILabShell | null
  ) => {
    const trans = (translator ?? nullTranslator).load(
      'jupyterlab_isolation_info'
    );
    const notifier = new KernelDeathNotifier({
      serverSettings: app.serviceManager.serverSettings,
      notify: (death, name) => {
        Notification.emit(
          trans.__('%1: %2', name, death.text),
          NOTIFICATION_TYPES[death.tone] ?? 'info',
          {
            autoClose: false,
            actions: [
              {
                label: trans.__('Show limits'),
                caption: trans.__(
                  'Open the Isolation Info panel at its limits section'
                ),
                callback: () => {
                  void app.commands.execute(CommandIDs.show, {
                    section: 'limits'
                  });
                }
              }
            ]
          }
        );
      }
    });
    const scan = () => {
      for (const widget of app.shell.widgets('main')) {
        if (isSessionWidget(widget)) {
          notifier.watch(
            widget.sessionContext,
            () => widget.title.label || widget.sessionContext.name
          );
        }
      }
    };
    void app.restored.then(() => {
      scan();
      labShell?.layoutModified.connect(scan);
    });
  }
};

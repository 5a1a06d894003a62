import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ISessionContext, Notification } from '@jupyterlab/apputils';
import { IConsoleTracker } from '@jupyterlab/console';
import { IChangedArgs } from '@jupyterlab/coreutils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { Kernel, ServerConnection } from '@jupyterlab/services';
import { ITranslator } from '@jupyterlab/translation';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CommandIDs } from './commands';
import { DOMAIN } from './i18n';
import type { KernelDeathAnswer, Verdict } from './kerneldeath.generated';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { SessionWidget, sessionTrackers } from './kernel';
import { fetchKernelDeath } from './request';
import { contractProblem } from './validate';

/**
 * The server's verdict on a kernel's last death (GET
 * isolation-info/kernels/<id>/death; kerneldeath.schema.json). The server
 * judges; this file only shows what it says.
 */
export type IKernelDeath = Verdict;

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
 * Watches the kernel status of every notebook and console; when one dies
 * unasked, shows the server's verdict once per death.
 */
export class KernelDeathNotifier {
  constructor(
    private readonly options: {
      serverSettings: ServerConnection.ISettings;
      notify: (death: IKernelDeath, name: string) => void;
      /**
       * Say that the server answered outside the contract (`problem` says
       * where): why the kernel died is unknown here.
       */
      unknown: (problem: string, name: string) => void;
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
    // The kernel last seen: a session the server ended is gone with its kernel.
    let kernelId = context.session?.kernel?.id;
    const onStatus = (_: ISessionContext, status: Kernel.Status) => {
      kernelId = context.session?.kernel?.id ?? kernelId;
      if (kernelId && DEATH_STATUSES.has(status)) {
        void this._ask(kernelId, name());
      }
    };
    // A kernel the server shut down (its idle culler) takes its session with
    // it, without a status of its own: asked when the session goes. The
    // server says which shutdowns were a client's; those are not told.
    const onSession = (
      _: ISessionContext,
      change: IChangedArgs<unknown, unknown, 'session'>
    ) => {
      if (change.oldValue && !change.newValue && kernelId) {
        void this._ask(kernelId, name());
      }
    };
    this._watched.add(context);
    context.statusChanged.connect(onStatus);
    context.sessionChanged.connect(onSession);
    context.disposed.connect(() => {
      context.statusChanged.disconnect(onStatus);
      context.sessionChanged.disconnect(onSession);
      this._watched.delete(context);
    });
  }

  private async _ask(kernelId: string, name: string): Promise<void> {
    let answer: unknown;
    try {
      answer = await fetchKernelDeath(kernelId, this.options.serverSettings);
    } catch (error) {
      // No server extension, or no server: JupyterLab says the kernel died.
      console.warn('Isolation Info: no verdict on the kernel death', error);
      return;
    }
    const problem = await contractProblem('kernel-death', answer);
    if (problem) {
      // Once per kernel: a verdict that cannot be read is not shown as one.
      const key = `${kernelId}:out-of-contract`;
      if (!this._shown.has(key)) {
        this._shown.add(key);
        this.options.unknown(problem, name);
      }
      return;
    }
    const death = (answer as KernelDeathAnswer).death;
    const key = `${kernelId}:${death?.count}`;
    // A client's shutdown (this tab's, or another's) is not a death: nothing to tell.
    if (!death || death.cause === 'shutdown' || this._shown.has(key)) {
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
 * message, with the server's verdict and a way to the limits. Watches the
 * notebooks and consoles their trackers hold.
 */
export const kernelDeathPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:kernel-death',
  description:
    'Tells why a kernel died: killed for lack of memory (the OOM kill counter of its cgroup), a bus error with /dev/shm small or full, the pids limit, a native crash, or culled by the server as idle.',
  autoStart: true,
  requires: [ITranslator],
  optional: [INotebookTracker, IConsoleTracker],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator,
    notebooks: INotebookTracker | null,
    consoles: IConsoleTracker | null
  ) => {
    const trans = translator.load(DOMAIN);
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
      },
      unknown: (problem, name) => {
        Notification.emit(
          trans.__(
            '%1: why the kernel stopped is unknown here: the server’s answer is not a kernel-death verdict (%2).',
            name,
            problem
          ),
          'info',
          { autoClose: false }
        );
      }
    });
    const watch = (_: unknown, widget: SessionWidget) =>
      notifier.watch(
        widget.sessionContext,
        () => widget.title.label || widget.sessionContext.name
      );
    for (const tracker of sessionTrackers(notebooks, consoles)) {
      tracker.forEach(widget => watch(tracker, widget));
      tracker.widgetAdded.connect(watch);
    }
  }
};

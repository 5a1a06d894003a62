import type { JupyterFrontEnd } from '@jupyterlab/application';
import { ISessionContext, IWidgetTracker } from '@jupyterlab/apputils';
import type { IConsoleTracker } from '@jupyterlab/console';
import type { INotebookTracker } from '@jupyterlab/notebook';
import { ServerConnection } from '@jupyterlab/services';
import { ISignal, Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { PathExt } from '@jupyterlab/coreutils';

import type { IExplanation } from './explain/types';
import { fetchKernelCode, IKernelCode } from './request';
import { IReport } from './types';
import { contractProblem } from './validate';

/**
 * A notebook or console panel: a widget that carries a kernel session.
 */
export type SessionWidget = Widget & { sessionContext: ISessionContext };

/**
 * The trackers of the widgets that run code (notebooks, consoles), those
 * JupyterLab provides.
 */
export function sessionTrackers(
  notebooks: INotebookTracker | null,
  consoles: IConsoleTracker | null
): IWidgetTracker<SessionWidget>[] {
  return [notebooks, consoles].filter(
    (tracker): tracker is INotebookTracker | IConsoleTracker => !!tracker
  );
}

/**
 * The session of the notebook or console the user last looked at: the code
 * they run. `changed` says when it, or its kernel, may have changed.
 */
export class CurrentSession {
  constructor(
    shell: JupyterFrontEnd.IShell,
    trackers: IWidgetTracker<SessionWidget>[]
  ) {
    this._shell = shell;
    this._trackers = trackers;
    for (const tracker of trackers) {
      tracker.currentChanged.connect(this._currentChanged, this);
    }
  }

  get changed(): ISignal<this, void> {
    return this._changed;
  }

  get current(): ISessionContext | null {
    // The main area's current widget first: the focused notebook, not the
    // console last focused in another tab.
    const widget = this._shell.currentWidget;
    const tracked = this._trackers.find(tracker =>
      widget ? tracker.has(widget) : false
    );
    if (tracked && widget) {
      return (widget as SessionWidget).sessionContext;
    }
    return this._last && !this._last.isDisposed ? this._last : null;
  }

  private _currentChanged(_: unknown, widget: SessionWidget | null): void {
    if (widget && widget.sessionContext !== this._last) {
      this._last?.sessionChanged.disconnect(this._emit, this);
      this._last?.kernelChanged.disconnect(this._emit, this);
      this._last = widget.sessionContext;
      this._last.sessionChanged.connect(this._emit, this);
      this._last.kernelChanged.connect(this._emit, this);
    }
    this._emit();
  }

  private _emit(): void {
    this._changed.emit();
  }

  private _shell: JupyterFrontEnd.IShell;
  private _trackers: IWidgetTracker<SessionWidget>[];
  private _last: ISessionContext | null = null;
  private _changed = new Signal<this, void>(this);
}

export const INSPECT_TIMEOUT_MS = 20000;

/**
 * Why a silent request in a kernel gave no answer.
 */
export type KernelFailure =
  | { status: 'no-kernel' }
  | { status: 'unsupported'; language: string }
  | { status: 'busy' }
  | { status: 'error'; message: string };

/**
 * What inspecting a kernel gave.
 */
export type KernelInspection =
  { status: 'ok'; report: IReport } | KernelFailure;

/**
 * What explaining a path inside a kernel gave: the kernel's answer, and the
 * path it was given (relative to its working directory, or absolute).
 */
export type KernelExplanation =
  { status: 'ok'; path: string; answer: IExplanation } | KernelFailure;

/**
 * Run the standard-library collector inside the kernel of `session`, silently:
 * no output, no history, nothing left in the user namespace. Python kernels
 * only; a busy kernel is not queued behind. `request` gives the code (the
 * report, or one path's explanation); the answer is the collector's
 * `application/json`, whatever it holds.
 */
async function runSilently(
  session: ISessionContext | null,
  request: () => Promise<IKernelCode>,
  timeoutMs: number
): Promise<{ status: 'ok'; answer: Record<string, unknown> } | KernelFailure> {
  const kernel = session?.session?.kernel;
  if (!kernel) {
    return { status: 'no-kernel' };
  }
  const spec = await kernel.spec;
  const language = (spec?.language ?? '').toLowerCase();
  if (language !== 'python') {
    return { status: 'unsupported', language: spec?.language || 'unknown' };
  }
  if (kernel.status !== 'idle') {
    return { status: 'busy' };
  }

  const { code, expression } = await request();
  const future = kernel.requestExecute({
    code,
    silent: true,
    store_history: false,
    allow_stdin: false,
    stop_on_error: false,
    user_expressions: { report: expression }
  });
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs / 1000} s`)),
      timeoutMs
    );
  });
  try {
    const reply = await Promise.race([future.done, timeout]);
    const content = reply.content;
    if (content.status !== 'ok') {
      return {
        status: 'error',
        message:
          content.status === 'error'
            ? `${content.ename}: ${content.evalue}`
            : content.status
      };
    }
    const result = content.user_expressions?.report as
      | { status: string; data?: Record<string, unknown>; evalue?: string }
      | undefined;
    // The kernel's own collector answers {report} or {explanation}, or
    // {error} when it could not run.
    const answer = result?.data?.['application/json'] as
      Record<string, unknown> | undefined;
    if (!answer || result?.status !== 'ok') {
      return {
        status: 'error',
        message: result?.evalue ?? 'the kernel returned no answer'
      };
    }
    return { status: 'ok', answer };
  } catch (error) {
    future.dispose();
    return {
      status: 'error',
      message: error instanceof Error ? error.message : String(error)
    };
  } finally {
    window.clearTimeout(timer);
  }
}

/**
 * Collect the report inside the kernel of `session` (see runSilently) and
 * check it against the report's contract.
 */
export async function inspectKernel(
  session: ISessionContext | null,
  serverSettings: ServerConnection.ISettings,
  timeoutMs = INSPECT_TIMEOUT_MS
): Promise<KernelInspection> {
  const ran = await runSilently(
    session,
    () => fetchKernelCode(serverSettings),
    timeoutMs
  );
  if (ran.status !== 'ok') {
    return ran;
  }
  const answer = ran.answer as { report?: IReport; error?: string };
  if (!answer.report) {
    return {
      status: 'error',
      message: answer.error ?? 'the kernel returned no report'
    };
  }
  const problem = await contractProblem('report', answer.report);
  if (problem) {
    return {
      status: 'error',
      message: `the kernel's answer is not an isolation report (${problem}); is its collector older or newer than this server's?`
    };
  }
  return { status: 'ok', report: answer.report };
}

/**
 * Explain `path` inside the kernel of `session`, for the kernel's own
 * identity (see runSilently). `path` is as the kernel should see it:
 * relative to its working directory, or absolute.
 */
export async function explainInKernel(
  session: ISessionContext | null,
  path: string,
  serverSettings: ServerConnection.ISettings,
  timeoutMs = INSPECT_TIMEOUT_MS
): Promise<KernelExplanation> {
  const ran = await runSilently(
    session,
    () => fetchKernelCode(serverSettings, { explain: path }),
    timeoutMs
  );
  if (ran.status !== 'ok') {
    return ran;
  }
  const answer = ran.answer as { explanation?: unknown; error?: string };
  if (answer.explanation === undefined) {
    return {
      status: 'error',
      message: answer.error ?? 'the kernel returned no explanation'
    };
  }
  const problem = await contractProblem('explanation', answer.explanation);
  if (problem) {
    return {
      status: 'error',
      message: `the kernel's answer is not an explanation (${problem}); is its collector older or newer than this server's?`
    };
  }
  return {
    status: 'ok',
    path,
    answer: answer.explanation as IExplanation
  };
}

/**
 * The path the kernel of a notebook at `sessionPath` is given for the file
 * browser's `path`: relative to the notebook's folder, which is the kernel's
 * working directory when JupyterLab starts it.
 */
export function kernelRelativePath(sessionPath: string, path: string): string {
  const folder = PathExt.dirname(sessionPath);
  const relative = PathExt.relative(folder, path);
  return relative === '' ? '.' : relative;
}

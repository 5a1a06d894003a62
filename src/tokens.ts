/**
 * The extension's Tokens: the isolation report of this server (for the
 * sidebar, the status bar, the commands and any other extension), the
 * kernel inspection and the explanations (each provided by the plugin that
 * owns its commands), and the settings.
 */
import type {
  createToolbarFactory,
  ISessionContext
} from '@jupyterlab/apputils';
import { Token } from '@lumino/coreutils';
import type { ISignal } from '@lumino/signaling';

import type { IExplanation } from './explain/types';
import type { KernelExplanation, KernelInspection } from './kernel';
import type { ISpaceWalkEnvelope } from './space/types';
import type { IReport } from './types';

/**
 * Why the last fetch failed: `missing-extension` when the server answered 404
 * (the server extension is not installed or not enabled), else `error`.
 */
export type FailureKind = 'missing-extension' | 'error';

/**
 * The report as it stands: loading, ready (with the report's ETag, the tag of
 * the server's bytes it was read from, when the server sent one), or failed.
 */
export type ReportState =
  | { status: 'loading' }
  | {
      status: 'ready';
      report: IReport;
      receivedAt: Date;
      etag: string | null;
    }
  | { status: 'failed'; kind: FailureKind; message: string };

/**
 * The last kernel inspection: which kernel, when, and what it gave. It is
 * kept across report refreshes; `result` is null while it runs.
 */
export interface IInspectionState {
  kernelId: string | null;
  kernelName: string;
  startedAt: Date;
  finishedAt: Date | null;
  result: KernelInspection | null;
}

/**
 * The last "Explain Permissions" answer, kept until the next explanation or
 * until it is closed: which path was asked for, and the server's answer
 * (null while it is on its way) or the sentence it failed with.
 */
export type ExplanationState =
  | { status: 'pending'; path: string }
  | { status: 'ready'; path: string; answer: IExplanation }
  | { status: 'failed'; path: string; message: string }
  // A path only the kernel was asked about (an error in a cell named it, as
  // the kernel saw it): its answer is `kernelExplanation`, no server side.
  | { status: 'kernel'; path: string };

/**
 * The kernel's explanation of the same path ("Explain in kernel"): which
 * kernel, the path it was given, and its answer (null while it runs).
 */
export interface IKernelExplanationState {
  kernelName: string;
  path: string;
  result: KernelExplanation | null;
}

/**
 * The isolation report of this server.
 */
export interface IIsolationInfo {
  /**
   * The report as it stands.
   */
  readonly state: ReportState;
  /**
   * Emitted when the state changes, and when a probe starts or ends.
   */
  readonly stateChanged: ISignal<IIsolationInfo, ReportState>;
  /**
   * The current report, or null before the first and after a failure.
   */
  readonly report: IReport | null;
  /**
   * Fetch the report (`force` skips the server's short cache). Concurrent
   * calls share one request.
   */
  refresh(options?: { force?: boolean }): Promise<void>;
  /**
   * Ask the server to probe its configured endpoints now (a report with
   * the probes' answers).
   */
  probe(): Promise<void>;
  /**
   * Whether a probe request is on its way.
   */
  readonly probing: boolean;
  /**
   * Whether any view of the report is visible now. The model polls only
   * then (and while the page is visible): a hidden panel costs nothing.
   */
  readonly isActive: boolean;
  /**
   * Say whether the view named `viewer` is visible.
   */
  setActive(viewer: string, active: boolean): void;
  /**
   * A short message for the user about what a command did (the panel's
   * status line shows it).
   */
  readonly notice: string;
  readonly noticeChanged: ISignal<IIsolationInfo, string>;
  notify(message: string): void;
}

/**
 * The kernel inspection ("Inspect Kernel Isolation"), provided by the
 * commands plugin, which owns the command.
 */
export interface IKernelInspection {
  /**
   * The last kernel inspection, or null before the first. It is kept across
   * report refreshes.
   */
  readonly inspection: IInspectionState | null;
  readonly changed: ISignal<IKernelInspection, IInspectionState | null>;
  /**
   * Run the collector inside the kernel of `session`; one at a time.
   */
  inspect(session: ISessionContext | null): Promise<void>;
}

export const IKernelInspection = new Token<IKernelInspection>(
  'jupyterlab-isolation-info:IKernelInspection',
  "The last run of the collector inside a notebook's or console's kernel."
);

/**
 * One path's permissions explained ("Explain Permissions"), provided by the
 * explain plugin, which owns its commands.
 */
export interface IExplanations {
  /**
   * The last explanation, or null (none asked for, or closed).
   */
  readonly explanation: ExplanationState | null;
  /**
   * Emitted when the explanation or the kernel's explanation changes.
   */
  readonly changed: ISignal<IExplanations, ExplanationState | null>;
  /**
   * Ask the server to explain `path` (from the server's root); the answer
   * replaces the one before. A later call wins over an earlier one.
   */
  explain(path: string): Promise<void>;
  /**
   * The kernel's explanation of the explained path, or null (not asked for
   * this explanation).
   */
  readonly kernelExplanation: IKernelExplanationState | null;
  /**
   * Explain the explained path inside the kernel of `session` (a notebook's:
   * the path is given relative to its folder, the kernel's working
   * directory). Does nothing without an explanation.
   */
  explainInKernel(session: ISessionContext | null): Promise<void>;
  /**
   * Explain `path` inside the kernel of `session` alone, as that kernel sees
   * it (relative to its working directory, or absolute): a path an error in
   * one of its cells named. Replaces the explanation before.
   */
  explainKernelPath(
    session: ISessionContext | null,
    path: string
  ): Promise<void>;
  /**
   * Forget the explanation (the panel's close button).
   */
  clear(): void;
  /**
   * The collector's Markdown of the explanation of `path`, from the server.
   */
  markdown(path: string): Promise<string>;
}

export const IExplanations = new Token<IExplanations>(
  'jupyterlab-isolation-info:IExplanations',
  "Why this server's user can or cannot read, write, create, delete, chmod or run a path."
);

/**
 * The isolation report of this server, provided by the extension's model
 * plugin.
 */
export const IIsolationInfo = new Token<IIsolationInfo>(
  'jupyterlab-isolation-info:IIsolationInfo',
  'The isolation report of this server: the current report, a signal when it changes, and refresh().'
);

/**
 * The extension's settings (schema/plugin.json), with the schema's defaults
 * when none are loaded.
 */
export interface IIsolationSettings {
  refreshInterval: number;
  showStatusBar: boolean;
  panelSide: 'left' | 'right';
}

/**
 * The settings as they stand, and a signal when the user changes them.
 */
export interface IIsolationInfoSettings {
  readonly current: IIsolationSettings;
  readonly changed: ISignal<IIsolationInfoSettings, IIsolationSettings>;
  /**
   * The panel's toolbar items as the settings declare them (for
   * `setToolbar`), or null without a settings or toolbar registry.
   */
  readonly toolbar: ReturnType<typeof createToolbarFactory> | null;
}

/**
 * The extension's settings, loaded once by the settings plugin.
 */
export const IIsolationInfoSettings = new Token<IIsolationInfoSettings>(
  'jupyterlab-isolation-info:IIsolationInfoSettings',
  'The Isolation Info settings as they stand, and a signal when they change.'
);

/**
 * The last walk of a folder ("where did my space go?"): nothing asked yet,
 * asked (the figures of the same folder's last walk kept meanwhile),
 * running (with its progress; `cancelling` once Cancel was pressed), done
 * (its answer, maybe partial) or failed (the server's sentence).
 */
export type SpaceWalkState =
  | { status: 'idle' }
  | { status: 'starting'; path: string; envelope: ISpaceWalkEnvelope | null }
  | {
      status: 'running';
      path: string;
      envelope: ISpaceWalkEnvelope;
      cancelling: boolean;
    }
  | { status: 'done'; path: string; envelope: ISpaceWalkEnvelope }
  | { status: 'failed'; path: string; message: string };

/**
 * The walks of the Space section, provided by the space plugin, which owns
 * the Show Disk Space command.
 */
export interface ISpaceWalk {
  readonly state: SpaceWalkState;
  readonly changed: ISignal<ISpaceWalk, SpaceWalkState>;
  /**
   * Walk `path` (from the file browser's root; '' is the root), or join
   * its running walk; `refresh` walks again a folder whose finished walk
   * the server keeps. A later call wins over an earlier one.
   */
  walk(path: string, options?: { refresh?: boolean }): Promise<void>;
  /**
   * Cancel the running walk (the server's answer then says so).
   */
  cancel(): Promise<void>;
  /**
   * Whether the Space section can be seen: progress is polled only then.
   */
  setActive(active: boolean): void;
}

export const ISpaceWalk = new Token<ISpaceWalk>(
  'jupyterlab-isolation-info:ISpaceWalk',
  'Where the space of a folder went: the walk of the Space section, its progress and its answer.'
);

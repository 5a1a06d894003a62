import { ServerConnection } from '@jupyterlab/services';
import { Poll } from '@lumino/polling';
import { ISignal, Signal } from '@lumino/signaling';

import { ISessionContext } from '@jupyterlab/apputils';

import type { IExplanation } from './explain/types';
import {
  explainInKernel,
  inspectKernel,
  KernelExplanation,
  kernelRelativePath,
  KernelInspection
} from './kernel';
import {
  ExplanationState,
  IIsolationInfo,
  IKernelExplanationState,
  IInspectionState,
  ReportState
} from './tokens';
import {
  fetchExplanation,
  fetchExplanationMarkdown,
  fetchReport,
  IServedReport,
  runProbes
} from './request';
import { IReport } from './types';
import { checked } from './validate';

/**
 * Holds the latest report, polls for new ones while someone can see them and
 * says when it changes; views only render it.
 */
export class IsolationInfoModel implements IIsolationInfo {
  constructor(serverSettings: ServerConnection.ISettings) {
    this._serverSettings = serverSettings;
  }

  get state(): ReportState {
    return this._state;
  }

  get stateChanged(): ISignal<this, ReportState> {
    return this._stateChanged;
  }

  get report(): IReport | null {
    return this._state.status === 'ready' ? this._state.report : null;
  }

  get isActive(): boolean {
    return this._viewers.size > 0;
  }

  setActive(viewer: string, active: boolean): void {
    const was = this.isActive;
    if (active) {
      this._viewers.add(viewer);
    } else {
      this._viewers.delete(viewer);
    }
    if (active && !was && this._started && this._state.status !== 'ready') {
      void this.refresh();
    }
  }

  /**
   * Start fetching and polling (the plugin calls it once JupyterLab has
   * restored its layout and is idle); a view shown before then still
   * fetches on its own.
   */
  start(): void {
    this._started = true;
    if (this.isActive && this._state.status !== 'ready') {
      void this.refresh();
    }
    this.setRefreshInterval(this._interval);
  }

  get notice(): string {
    return this._notice;
  }

  get noticeChanged(): ISignal<this, string> {
    return this._noticeChanged;
  }

  notify(message: string): void {
    this._notice = message;
    this._noticeChanged.emit(message);
  }

  /**
   * The last probe run's message when the server refused it (probes off,
   * or asked again too soon); null after a successful run.
   */
  get probeMessage(): string | null {
    return this._probeMessage;
  }

  /**
   * The last kernel inspection, or null before the first.
   */
  get inspection(): IInspectionState | null {
    return this._inspection;
  }

  get inspectionChanged(): ISignal<this, IInspectionState | null> {
    return this._inspectionChanged;
  }

  /**
   * Whether a probe request is on its way.
   */
  get probing(): boolean {
    return this._probing;
  }

  /**
   * Run the collector inside the kernel of `session`; one at a time.
   */
  async inspectKernel(session: ISessionContext | null): Promise<void> {
    if (this._inspection && this._inspection.result === null) {
      return;
    }
    const kernel = session?.session?.kernel ?? null;
    const state: IInspectionState = {
      kernelId: kernel?.id ?? null,
      kernelName: session?.kernelDisplayName ?? '',
      startedAt: new Date(),
      finishedAt: null,
      result: null
    };
    this._setInspection(state);
    let result: KernelInspection;
    try {
      result = await inspectKernel(session, this._serverSettings);
    } catch (error) {
      result = { status: 'error', message: Private.message(error) };
    }
    this._setInspection({ ...state, finishedAt: new Date(), result });
  }

  /**
   * Fetch the report. Concurrent calls share one request.
   */
  refresh(options: { force?: boolean } = {}): Promise<void> {
    if (!this._pending) {
      this._pending = this._fetch(() =>
        fetchReport(this._serverSettings, { refresh: options.force ?? false })
      ).finally(() => {
        this._pending = null;
      });
    }
    return this._pending;
  }

  /**
   * Ask the server to probe its configured endpoints now.
   */
  async probe(): Promise<void> {
    if (this._probing) {
      return;
    }
    this._probing = true;
    this._stateChanged.emit(this._state);
    try {
      const served = await runProbes(this._serverSettings);
      const report = await checked<IReport>(
        'report',
        served.report,
        "the server's answer"
      );
      if (this._probeMessage !== null && this._notice === this._probeMessage) {
        this.notify('');
      }
      this._probeMessage = null;
      this._setState({
        status: 'ready',
        report,
        receivedAt: new Date(),
        etag: served.etag
      });
    } catch (error) {
      this._probeMessage = Private.message(error);
      this.notify(this._probeMessage);
    } finally {
      this._probing = false;
      this._stateChanged.emit(this._state);
    }
  }

  /**
   * Refresh every `seconds` (0 stops) once started, paused while the page
   * is hidden or no view of the report is visible.
   */
  setRefreshInterval(seconds: number): void {
    this._interval = seconds;
    this._poll?.dispose();
    this._poll = null;
    if (seconds <= 0 || !this._started) {
      return;
    }
    const standby = () =>
      document.visibilityState === 'hidden' || !this.isActive;
    this._poll = new Poll({
      auto: true,
      factory: () => this.refresh({ force: true }),
      frequency: { interval: seconds * 1000, backoff: true, max: 300 * 1000 },
      name: 'isolation-info:refresh',
      standby
    });
  }

  get explanation(): ExplanationState | null {
    return this._explanation;
  }

  get explanationChanged(): ISignal<this, ExplanationState | null> {
    return this._explanationChanged;
  }

  get kernelExplanation(): IKernelExplanationState | null {
    return this._kernelExplanation;
  }

  async explainInKernel(session: ISessionContext | null): Promise<void> {
    const explained = this._explanation;
    if (!explained) {
      return;
    }
    const ticket = this._explainTicket;
    const path = kernelRelativePath(
      session?.session?.path ?? '',
      explained.path
    );
    this._kernelExplanation = {
      kernelName: session?.kernelDisplayName ?? '',
      path,
      result: null
    };
    this._explanationChanged.emit(this._explanation);
    let result: KernelExplanation;
    try {
      result = await explainInKernel(session, path, this._serverSettings);
    } catch (error) {
      result = {
        status: 'error',
        message: error instanceof Error ? error.message : String(error)
      };
    }
    // A new explanation, or a close, since: this answer is for another.
    if (ticket === this._explainTicket && this._kernelExplanation) {
      this._kernelExplanation = { ...this._kernelExplanation, result };
      this._explanationChanged.emit(this._explanation);
    }
  }

  async explain(path: string): Promise<void> {
    const ticket = ++this._explainTicket;
    this._kernelExplanation = null;
    this._setExplanation({ status: 'pending', path });
    let next: ExplanationState;
    try {
      const answer = await checked<IExplanation>(
        'explanation',
        await fetchExplanation(path, this._serverSettings),
        "the server's answer"
      );
      next = { status: 'ready', path, answer };
    } catch (error) {
      next = {
        status: 'failed',
        path,
        message: error instanceof Error ? error.message : String(error)
      };
    }
    // A later request, or a close, wins over this one.
    if (ticket === this._explainTicket) {
      this._setExplanation(next);
    }
  }

  clearExplanation(): void {
    this._explainTicket++;
    this._kernelExplanation = null;
    this._setExplanation(null);
  }

  explanationMarkdown(path: string): Promise<string> {
    return fetchExplanationMarkdown(path, this._serverSettings);
  }

  dispose(): void {
    this._poll?.dispose();
    Signal.clearData(this);
  }

  private async _fetch(request: () => Promise<IServedReport>): Promise<void> {
    if (this._state.status !== 'ready') {
      this._setState({ status: 'loading' });
    }
    try {
      const answer = await request();
      const report = await checked<IReport>(
        'report',
        answer.report,
        "the server's answer"
      );
      this._setState({
        status: 'ready',
        report,
        receivedAt: new Date(),
        etag: answer.etag
      });
    } catch (error) {
      this._setState(Private.failure(error));
    }
  }

  private _setInspection(state: IInspectionState): void {
    this._inspection = state;
    this._inspectionChanged.emit(state);
  }

  private _setExplanation(state: ExplanationState | null): void {
    this._explanation = state;
    this._explanationChanged.emit(state);
  }

  private _setState(state: ReportState): void {
    this._state = state;
    this._stateChanged.emit(state);
  }

  private _serverSettings: ServerConnection.ISettings;
  private _state: ReportState = { status: 'loading' };
  private _stateChanged = new Signal<this, ReportState>(this);
  private _pending: Promise<void> | null = null;
  private _poll: Poll | null = null;
  private _probeMessage: string | null = null;
  private _probing = false;
  private _inspection: IInspectionState | null = null;
  private _inspectionChanged = new Signal<this, IInspectionState | null>(this);
  private _explanation: ExplanationState | null = null;
  private _explanationChanged = new Signal<this, ExplanationState | null>(this);
  private _explainTicket = 0;
  private _kernelExplanation: IKernelExplanationState | null = null;
  private _viewers = new Set<string>();
  private _started = false;
  private _interval = 0;
  private _notice = '';
  private _noticeChanged = new Signal<this, string>(this);
}

namespace Private {
  export function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }

  export function failure(error: unknown): ReportState {
    if (
      error instanceof ServerConnection.ResponseError &&
      error.response.status === 404
    ) {
      return {
        status: 'failed',
        kind: 'missing-extension',
        message: error.message
      };
    }
    return { status: 'failed', kind: 'error', message: message(error) };
  }
}

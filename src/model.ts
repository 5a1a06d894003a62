import { ServerConnection } from '@jupyterlab/services';
import { Poll } from '@lumino/polling';
import { ISignal, Signal } from '@lumino/signaling';

import { ISessionContext } from '@jupyterlab/apputils';

import { fetchReport, fetchSchema, runProbes } from './api';
import { inspectKernel, KernelInspection } from './kernel';
import { IReport } from './tokens';
import { ReportValidator } from './validate';

/**
 * Why the last fetch failed: `missing-extension` when the server answered 404
 * (the server extension is not installed or not enabled), else `error`.
 */
export type FailureKind = 'missing-extension' | 'error';

export type ReportState =
  | { status: 'loading' }
  | { status: 'ready'; report: IReport; receivedAt: Date }
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
 * Holds the latest report, polls for new ones and says when it changes;
 * views only render it.
 */
export class IsolationInfoModel {
  constructor(serverSettings: ServerConnection.ISettings) {
    this._serverSettings = serverSettings;
    this.validator = new ReportValidator(() => fetchSchema(serverSettings));
  }

  /**
   * Checks the server's and the kernels' reports against the server's schema.
   */
  readonly validator: ReportValidator;

  get state(): ReportState {
    return this._state;
  }

  get stateChanged(): ISignal<this, ReportState> {
    return this._stateChanged;
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
      result = await inspectKernel(
        session,
        this._serverSettings,
        this.validator
      );
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
      const report = await this.validator.report(
        await runProbes(this._serverSettings),
        "the server's answer"
      );
      this._probeMessage = null;
      this._setState({ status: 'ready', report, receivedAt: new Date() });
    } catch (error) {
      this._probeMessage = Private.message(error);
      this._stateChanged.emit(this._state);
    } finally {
      this._probing = false;
      this._stateChanged.emit(this._state);
    }
  }

  /**
   * Refresh every `seconds` (0 stops), paused while `standby` says so.
   */
  setRefreshInterval(
    seconds: number,
    standby: () => boolean | Poll.Standby = () => 'when-hidden'
  ): void {
    this._poll?.dispose();
    this._poll = null;
    if (seconds <= 0) {
      return;
    }
    this._poll = new Poll({
      auto: true,
      factory: () => this.refresh({ force: true }),
      frequency: { interval: seconds * 1000, backoff: true, max: 300 * 1000 },
      name: 'isolation-info:refresh',
      standby
    });
  }

  dispose(): void {
    this._poll?.dispose();
    Signal.clearData(this);
  }

  private async _fetch(request: () => Promise<IReport>): Promise<void> {
    if (this._state.status !== 'ready') {
      this._setState({ status: 'loading' });
    }
    try {
      // The schema is fetched beside the first report, not after it; the
      // report's own failure (a 404 says the extension is missing) goes first.
      const schema = this.validator.schema();
      schema.catch(() => undefined);
      const answer = await request();
      await schema;
      const report = await this.validator.report(answer, "the server's answer");
      this._setState({ status: 'ready', report, receivedAt: new Date() });
    } catch (error) {
      this._setState(Private.failure(error));
    }
  }

  private _setInspection(state: IInspectionState): void {
    this._inspection = state;
    this._inspectionChanged.emit(state);
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

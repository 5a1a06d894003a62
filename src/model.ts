import { ServerConnection } from '@jupyterlab/services';
import { Poll } from '@lumino/polling';
import { ISignal, Signal } from '@lumino/signaling';

import { fetchReport, IServedReport, runProbes } from './request';
import { IIsolationInfo, ReportState } from './tokens';
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
   * Whether a probe request is on its way.
   */
  get probing(): boolean {
    return this._probing;
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

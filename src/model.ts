import { ServerConnection } from '@jupyterlab/services';
import { ISignal, Signal } from '@lumino/signaling';

import { fetchReport } from './api';
import { IReport } from './tokens';

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
 * Holds the latest report and says when it changes; views only render it.
 */
export class IsolationInfoModel {
  constructor(serverSettings: ServerConnection.ISettings) {
    this._serverSettings = serverSettings;
  }

  get state(): ReportState {
    return this._state;
  }

  get stateChanged(): ISignal<this, ReportState> {
    return this._stateChanged;
  }

  /**
   * Fetch the report. Concurrent calls share one request.
   */
  refresh(options: { force?: boolean } = {}): Promise<void> {
    if (!this._pending) {
      this._pending = this._fetch(options.force ?? false).finally(() => {
        this._pending = null;
      });
    }
    return this._pending;
  }

  private async _fetch(force: boolean): Promise<void> {
    if (this._state.status !== 'ready') {
      this._setState({ status: 'loading' });
    }
    try {
      const report = await fetchReport(this._serverSettings, {
        refresh: force
      });
      this._setState({ status: 'ready', report, receivedAt: new Date() });
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
}

namespace Private {
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
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', kind: 'error', message };
  }
}

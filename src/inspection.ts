import { ISessionContext } from '@jupyterlab/apputils';
import { ServerConnection } from '@jupyterlab/services';
import { ISignal, Signal } from '@lumino/signaling';

import { inspectKernel, KernelInspection } from './kernel';
import { IInspectionState, IKernelInspection } from './tokens';

/**
 * The last run of the collector inside a kernel: which kernel, when, and
 * what it gave.
 */
export class KernelInspectionModel implements IKernelInspection {
  constructor(serverSettings: ServerConnection.ISettings) {
    this._serverSettings = serverSettings;
  }

  get inspection(): IInspectionState | null {
    return this._inspection;
  }

  get changed(): ISignal<this, IInspectionState | null> {
    return this._changed;
  }

  async inspect(session: ISessionContext | null): Promise<void> {
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
    this._set(state);
    let result: KernelInspection;
    try {
      result = await inspectKernel(session, this._serverSettings);
    } catch (error) {
      result = {
        status: 'error',
        message: error instanceof Error ? error.message : String(error)
      };
    }
    this._set({ ...state, finishedAt: new Date(), result });
  }

  private _set(state: IInspectionState): void {
    this._inspection = state;
    this._changed.emit(state);
  }

  private _serverSettings: ServerConnection.ISettings;
  private _inspection: IInspectionState | null = null;
  private _changed = new Signal<this, IInspectionState | null>(this);
}

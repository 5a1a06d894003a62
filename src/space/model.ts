import { ServerConnection } from '@jupyterlab/services';
import { ISignal, Signal } from '@lumino/signaling';

import { cancelSpaceWalk, fetchSpaceWalk } from '../request';
import { ISpaceWalk, SpaceWalkState } from '../tokens';
import { checked } from '../validate';
import { ISpaceWalkEnvelope } from './types';

/**
 * How often a running walk's progress is asked for, in milliseconds.
 */
export const POLL_INTERVAL = 500;

/**
 * The last walk asked for ("where did my space go?"): started, joined and
 * cancelled on the server, its progress polled while it runs and someone
 * can see it; a later walk (another folder) wins over an earlier one.
 */
export class SpaceWalkModel implements ISpaceWalk {
  constructor(
    serverSettings: ServerConnection.ISettings,
    options: { pollInterval?: number } = {}
  ) {
    this._serverSettings = serverSettings;
    this._interval = options.pollInterval ?? POLL_INTERVAL;
  }

  get state(): SpaceWalkState {
    return this._state;
  }

  get changed(): ISignal<this, SpaceWalkState> {
    return this._changed;
  }

  get isDisposed(): boolean {
    return this._disposed;
  }

  async walk(path: string, options: { refresh?: boolean } = {}): Promise<void> {
    const ticket = ++this._ticket;
    this._stopPolling();
    const previous = this._state;
    // The figures of the same folder's walk stay on screen until the new
    // answer replaces them.
    this._set({
      status: 'starting',
      path,
      envelope:
        previous.status !== 'idle' &&
        previous.status !== 'failed' &&
        previous.path === path
          ? previous.envelope
          : null
    });
    await this._ask(ticket, path, () =>
      fetchSpaceWalk(path, this._serverSettings, options)
    );
  }

  async cancel(): Promise<void> {
    const state = this._state;
    if (state.status !== 'running' || state.cancelling) {
      return;
    }
    const ticket = this._ticket;
    this._set({ ...state, cancelling: true });
    await this._ask(ticket, state.path, () =>
      cancelSpaceWalk(state.path, this._serverSettings)
    );
  }

  setActive(active: boolean): void {
    if (active === this._active) {
      return;
    }
    this._active = active;
    if (active) {
      this._schedule();
    } else {
      this._stopPolling();
    }
  }

  dispose(): void {
    if (this._disposed) {
      return;
    }
    this._disposed = true;
    this._ticket++;
    this._stopPolling();
    Signal.clearData(this);
  }

  /**
   * One request about the walk of `path`; its envelope (or failure) is
   * kept unless a later walk was asked for meanwhile.
   */
  private async _ask(
    ticket: number,
    path: string,
    request: () => Promise<unknown>
  ): Promise<void> {
    let next: SpaceWalkState;
    try {
      const envelope = await checked<ISpaceWalkEnvelope>(
        'space-walk',
        await request(),
        "the server's answer"
      );
      next =
        envelope.state === 'running'
          ? {
              status: 'running',
              path,
              envelope,
              cancelling:
                this._state.status === 'running' && this._state.cancelling
            }
          : { status: 'done', path, envelope };
    } catch (error) {
      next = {
        status: 'failed',
        path,
        message: error instanceof Error ? error.message : String(error)
      };
    }
    if (ticket !== this._ticket || this._disposed) {
      return;
    }
    this._set(next);
    this._schedule();
  }

  /**
   * Ask again in a moment while a walk runs and someone can see it.
   */
  private _schedule(): void {
    if (this._timer || !this._active || this._state.status !== 'running') {
      return;
    }
    const ticket = this._ticket;
    const path = this._state.path;
    this._timer = window.setTimeout(() => {
      this._timer = 0;
      if (ticket !== this._ticket || this._state.status !== 'running') {
        return;
      }
      void this._ask(ticket, path, () =>
        fetchSpaceWalk(path, this._serverSettings)
      );
    }, this._interval);
  }

  private _stopPolling(): void {
    window.clearTimeout(this._timer);
    this._timer = 0;
  }

  private _set(state: SpaceWalkState): void {
    this._state = state;
    this._changed.emit(state);
  }

  private _serverSettings: ServerConnection.ISettings;
  private _interval: number;
  private _state: SpaceWalkState = { status: 'idle' };
  private _changed = new Signal<this, SpaceWalkState>(this);
  private _ticket = 0;
  private _timer = 0;
  private _active = false;
  private _disposed = false;
}

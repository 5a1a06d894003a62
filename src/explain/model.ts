import { ISessionContext } from '@jupyterlab/apputils';
import { ServerConnection } from '@jupyterlab/services';
import { ISignal, Signal } from '@lumino/signaling';

import {
  explainInKernel,
  KernelExplanation,
  kernelRelativePath
} from '../kernel';
import { fetchExplanation, fetchExplanationMarkdown } from '../request';
import {
  ExplanationState,
  IExplanations,
  IKernelExplanationState
} from '../tokens';
import { checked } from '../validate';
import { IExplanation } from './types';

/**
 * The last "Explain Permissions" answer, the server's and the kernel's; a
 * later request wins over an earlier one.
 */
export class ExplanationModel implements IExplanations {
  constructor(serverSettings: ServerConnection.ISettings) {
    this._serverSettings = serverSettings;
  }

  get explanation(): ExplanationState | null {
    return this._explanation;
  }

  get changed(): ISignal<this, ExplanationState | null> {
    return this._changed;
  }

  get kernelExplanation(): IKernelExplanationState | null {
    return this._kernelExplanation;
  }

  async explain(path: string): Promise<void> {
    const ticket = ++this._ticket;
    this._kernelExplanation = null;
    this._set({ status: 'pending', path });
    let next: ExplanationState;
    try {
      const answer = await checked<IExplanation>(
        'explanation',
        await fetchExplanation(path, this._serverSettings),
        "the server's answer"
      );
      next = { status: 'ready', path, answer };
    } catch (error) {
      next = { status: 'failed', path, message: Private.message(error) };
    }
    // A later request, or a close, wins over this one.
    if (ticket === this._ticket) {
      this._set(next);
    }
  }

  async explainInKernel(session: ISessionContext | null): Promise<void> {
    const explained = this._explanation;
    if (!explained) {
      return;
    }
    const path = kernelRelativePath(
      session?.session?.path ?? '',
      explained.path
    );
    this._kernelExplanation = {
      kernelName: session?.kernelDisplayName ?? '',
      path,
      result: null
    };
    this._changed.emit(this._explanation);
    return this._askKernel(session, path, this._ticket);
  }

  explainKernelPath(
    session: ISessionContext | null,
    path: string
  ): Promise<void> {
    const ticket = ++this._ticket;
    this._kernelExplanation = {
      kernelName: session?.kernelDisplayName ?? '',
      path,
      result: null
    };
    this._set({ status: 'kernel', path });
    return this._askKernel(session, path, ticket);
  }

  private async _askKernel(
    session: ISessionContext | null,
    path: string,
    ticket: number
  ): Promise<void> {
    let result: KernelExplanation;
    try {
      result = await explainInKernel(session, path, this._serverSettings);
    } catch (error) {
      result = { status: 'error', message: Private.message(error) };
    }
    // A new explanation, or a close, since: this answer is for another.
    if (ticket === this._ticket && this._kernelExplanation) {
      this._kernelExplanation = { ...this._kernelExplanation, result };
      this._changed.emit(this._explanation);
    }
  }

  clear(): void {
    this._ticket++;
    this._kernelExplanation = null;
    this._set(null);
  }

  markdown(path: string): Promise<string> {
    return fetchExplanationMarkdown(path, this._serverSettings);
  }

  private _set(state: ExplanationState | null): void {
    this._explanation = state;
    this._changed.emit(state);
  }

  private _serverSettings: ServerConnection.ISettings;
  private _explanation: ExplanationState | null = null;
  private _changed = new Signal<this, ExplanationState | null>(this);
  private _ticket = 0;
  private _kernelExplanation: IKernelExplanationState | null = null;
}

namespace Private {
  export function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }
}

import { Clipboard, ISessionContext } from '@jupyterlab/apputils';
import { ServerConnection } from '@jupyterlab/services';
import { ITranslator, TranslationBundle } from '@jupyterlab/translation';
import { Message } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { toMarkdown } from '../format';
import { isolationIcon } from '../icon';
import { inspectKernel, KernelInspection } from '../kernel';
import { IsolationInfoModel, ReportState } from '../model';
import { IReport } from '../tokens';
import { renderContainer } from './container';
import { el, section } from './dom';
import { renderFindings } from './findings';
import { renderHome } from './home';
import { renderIdentity } from './identity';
import { renderInspection } from './inspection';
import { renderKernels } from './kernels';
import { renderMetadata } from './metadata';
import { renderNetwork } from './network';
import { VERSION } from '../version';

/**
 * The sidebar panel: renders the model's state, fetches on first show.
 */
export class IsolationInfoPanel extends Widget {
  constructor(options: IsolationInfoPanel.IOptions) {
    super();
    this.model = options.model;
    this._currentSession = options.currentSession ?? (() => null);
    this._serverSettings = options.serverSettings ?? null;
    this._trans = options.translator.load('jupyterlab_isolation_info');
    this.id = 'jp-isolation-info';
    this.addClass('jp-IsolationInfo');
    this.title.icon = isolationIcon;
    this.title.caption = this._trans.__('Isolation Info %1', VERSION);
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', this._trans.__('Isolation Info'));
    this.node.tabIndex = -1;

    this._updated = el('span', { className: 'jp-IsolationInfo-updated' });
    this._notice = el('p', { className: 'jp-IsolationInfo-notice' });
    this._notice.setAttribute('role', 'status');
    this._body = el('div', { className: 'jp-IsolationInfo-body' });
    this.node.append(this._header(), this._notice, this._body);

    this.model.stateChanged.connect(this._render, this);
    this._render();
  }

  readonly model: IsolationInfoModel;

  dispose(): void {
    window.clearInterval(this._clock);
    super.dispose();
  }

  protected onAfterShow(msg: Message): void {
    if (this.model.state.status !== 'ready') {
      void this.model.refresh();
    }
    this._clock = window.setInterval(() => this._renderUpdated(), 5000);
  }

  protected onAfterHide(msg: Message): void {
    window.clearInterval(this._clock);
  }

  private _button(
    label: string,
    onClick: () => void | Promise<void>
  ): HTMLButtonElement {
    const button = el('button', {
      className:
        'jp-Button jp-mod-styled jp-mod-reject jp-IsolationInfo-action',
      text: label
    });
    button.type = 'button';
    button.addEventListener('click', () => void onClick());
    return button;
  }

  private _header(): HTMLElement {
    const trans = this._trans;
    const actions = el(
      'div',
      { className: 'jp-IsolationInfo-actions' },
      this._button(trans.__('Refresh'), () =>
        this.model.refresh({ force: true })
      ),
      this._button(trans.__('Probe now'), () => this.model.probe()),
      this._button(trans.__('Copy as Markdown'), () =>
        this._copy(report => toMarkdown(report), trans.__('Markdown'))
      ),
      this._button(trans.__('Copy as JSON'), () =>
        this._copy(report => JSON.stringify(report, null, 2), 'JSON')
      )
    );
    actions.setAttribute('role', 'toolbar');
    actions.setAttribute('aria-label', trans.__('Isolation Info actions'));
    return el(
      'header',
      { className: 'jp-IsolationInfo-header' },
      el(
        'div',
        { className: 'jp-IsolationInfo-titleRow' },
        el('h2', {
          className: 'jp-IsolationInfo-title',
          text: trans.__('Isolation Info')
        }),
        this._updated
      ),
      actions
    );
  }

  private _copy(format: (report: IReport) => string, what: string): void {
    const state = this.model.state;
    if (state.status !== 'ready') {
      this._notice.textContent = this._trans.__('No report to copy yet.');
      return;
    }
    Clipboard.copyToSystem(format(state.report));
    this._notice.textContent = this._trans.__('Copied the report as %1.', what);
  }

  private _renderUpdated(): void {
    const state = this.model.state;
    if (state.status !== 'ready') {
      this._updated.textContent = '';
      return;
    }
    const seconds = Math.max(
      0,
      Math.round((Date.now() - state.receivedAt.getTime()) / 1000)
    );
    this._updated.textContent = this._trans.__('updated %1 s ago', seconds);
    this._updated.title = state.report.generated_at;
  }

  private _render(): void {
    this._notice.textContent = this.model.probeMessage ?? '';
    this._renderUpdated();
    this._body.replaceChildren(...this._content(this.model.state));
  }

  private _content(state: ReportState): Node[] {
    const trans = this._trans;
    switch (state.status) {
      case 'loading':
        return [
          el('p', {
            className: 'jp-IsolationInfo-loading',
            text: trans.__('Collecting the isolation report…')
          })
        ];
      case 'failed':
        return [this._failure(state)];
      case 'ready':
        return [
          renderFindings(state.report, trans),
          renderIdentity(state.report, trans),
          renderHome(state.report, trans),
          renderMetadata(state.report, trans),
          renderNetwork(state.report, trans),
          renderContainer(state.report, trans),
          renderKernels(state.report, trans),
          this._kernelSection(state.report)
        ].filter((node): node is HTMLElement => node !== null);
    }
  }

  /**
   * Run the collector inside the current notebook's or console's kernel.
   */
  async inspectKernel(): Promise<void> {
    if (!this._serverSettings || this._inspection === 'running') {
      return;
    }
    this._inspection = 'running';
    this._render();
    try {
      this._inspection = await inspectKernel(
        this._currentSession(),
        this._serverSettings
      );
    } catch (error) {
      this._inspection = {
        status: 'error',
        message: error instanceof Error ? error.message : String(error)
      };
    }
    this._render();
  }

  private _kernelSection(server: IReport): HTMLElement | null {
    if (!this._serverSettings) {
      return null;
    }
    const trans = this._trans;
    return section(
      'inspect',
      trans.__('Your code'),
      el('p', {
        text: trans.__(
          'The kernel of the current notebook or console may run as another user than this server. Inspect it to see.'
        )
      }),
      this._button(trans.__('Inspect kernel'), () => this.inspectKernel()),
      renderInspection(this._inspection, server, trans)
    );
  }

  private _failure(
    state: Extract<ReportState, { status: 'failed' }>
  ): HTMLElement {
    const trans = this._trans;
    const message =
      state.kind === 'missing-extension'
        ? trans.__(
            'The isolation-info server extension is not running. Enable it with `jupyter server extension enable jupyterlab_isolation_info` and restart JupyterLab.'
          )
        : trans.__('Could not load the isolation report: %1', state.message);
    const box = el(
      'div',
      { className: 'jp-IsolationInfo-error' },
      el('p', { text: message }),
      this._button(trans.__('Retry'), () => this.model.refresh({ force: true }))
    );
    box.setAttribute('role', 'alert');
    return box;
  }

  private _currentSession: () => ISessionContext | null;
  private _serverSettings: ServerConnection.ISettings | null;
  private _inspection: KernelInspection | 'running' | null = null;
  private _body: HTMLElement;
  private _notice: HTMLElement;
  private _updated: HTMLElement;
  private _trans: TranslationBundle;
  private _clock = 0;
}

export namespace IsolationInfoPanel {
  export interface IOptions {
    model: IsolationInfoModel;
    translator: ITranslator;
    /**
     * The session of the notebook or console the user is looking at.
     */
    currentSession?: () => ISessionContext | null;
    /**
     * Server settings for kernel inspection; without them it is not offered.
     */
    serverSettings?: ServerConnection.ISettings;
  }
}

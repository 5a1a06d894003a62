import { ITranslator, TranslationBundle } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { IsolationInfoModel, ReportState } from '../model';
import { isolationIcon } from '../icon';
import { el } from './dom';
import { renderIdentity } from './identity';

/**
 * The sidebar panel: renders the model's state, fetches on first show.
 */
export class IsolationInfoPanel extends Widget {
  constructor(options: IsolationInfoPanel.IOptions) {
    super();
    this.model = options.model;
    this._trans = options.translator.load('jupyterlab_isolation_info');
    this.id = 'jp-isolation-info';
    this.addClass('jp-IsolationInfo');
    this.title.icon = isolationIcon;
    this.title.caption = this._trans.__('Isolation Info');
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', this._trans.__('Isolation Info'));
    this.node.tabIndex = -1;

    this._body = el('div', { className: 'jp-IsolationInfo-body' });
    this._body.setAttribute('aria-live', 'polite');
    this.node.append(this._header(), this._body);

    this.model.stateChanged.connect(this._render, this);
    this._render();
  }

  readonly model: IsolationInfoModel;

  protected onAfterShow(): void {
    if (this.model.state.status !== 'ready') {
      void this.model.refresh();
    }
  }

  private _header(): HTMLElement {
    const refresh = el('button', {
      className: 'jp-Button jp-mod-styled jp-mod-reject',
      text: this._trans.__('Refresh')
    });
    refresh.type = 'button';
    refresh.addEventListener('click', () => {
      void this.model.refresh({ force: true });
    });
    return el(
      'header',
      { className: 'jp-IsolationInfo-header' },
      el('h2', {
        className: 'jp-IsolationInfo-title',
        text: this._trans.__('Isolation Info')
      }),
      refresh
    );
  }

  private _render(): void {
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
        return [renderIdentity(state.report, trans)];
    }
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
    const retry = el('button', {
      className: 'jp-Button jp-mod-styled jp-mod-accept',
      text: trans.__('Retry')
    });
    retry.type = 'button';
    retry.addEventListener('click', () => {
      void this.model.refresh({ force: true });
    });
    const box = el(
      'div',
      { className: 'jp-IsolationInfo-error' },
      el('p', { text: message }),
      retry
    );
    box.setAttribute('role', 'alert');
    return box;
  }

  private _body: HTMLElement;
  private _trans: TranslationBundle;
}

export namespace IsolationInfoPanel {
  export interface IOptions {
    model: IsolationInfoModel;
    translator: ITranslator;
  }
}

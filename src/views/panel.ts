import { IStateDB } from '@jupyterlab/statedb';
import { ITranslator, TranslationBundle } from '@jupyterlab/translation';
import { SidePanel } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { Message, MessageLoop } from '@lumino/messaging';
import { Panel, Widget } from '@lumino/widgets';

import { collectedAgo } from '../format';
import { DOMAIN } from '../i18n';
import { isolationIcon } from '../icon';
import {
  IExplanations,
  IIsolationInfo,
  IKernelInspection,
  ISpaceWalk
} from '../tokens';
import { VERSION } from '../version';
import { arrowKeys } from './keys';
import { PanelModel } from './panelmodel';
import type { ReportView } from './report';

/**
 * The sidebar panel, built as JupyterLab's own sidebars are: a SidePanel with
 * a header, a toolbar of command buttons (set by the sidebar plugin from the
 * settings) and the report view, a ReactWidget drawn from the panel model.
 * It tells the models when it is visible; the panel model holds its
 * drawings while it is hidden, so a hidden panel costs nothing. The view's
 * code (every section) is loaded the first time the panel is shown, not at
 * start-up.
 */
export class IsolationInfoPanel extends SidePanel {
  constructor(options: IsolationInfoPanel.IOptions) {
    super({ translator: options.translator, content: new Panel() });
    this.model = options.model;
    const trans = (this._trans = options.translator.load(DOMAIN));
    this._panelModel = new PanelModel({
      model: options.model,
      inspection: options.inspection,
      explanations: options.explanations,
      space: options.space,
      commands: options.commands,
      trans,
      state: options.state,
      hidden: () => this.isAttached && !this.isVisible
    });
    this.id = 'jp-isolation-info';
    this.addClass('jp-IsolationInfo');
    this.title.icon = isolationIcon;
    this.title.caption = trans.__('Isolation Info %1', VERSION);
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', trans.__('Isolation Info'));
    this.content.node.setAttribute('aria-label', trans.__('Isolation report'));
    this._waiting.addClass('jp-IsolationInfo-loading');
    this._waiting.node.setAttribute('role', 'status');

    const title = document.createElement('h2');
    title.className = 'jp-IsolationInfo-title';
    title.textContent = trans.__('Isolation Info');
    this._updated.className = 'jp-IsolationInfo-updated';
    const row = document.createElement('div');
    row.className = 'jp-IsolationInfo-titleRow';
    row.append(title, this._updated);
    this.header.addWidget(new Widget({ node: row }));

    this.toolbar.node.setAttribute(
      'aria-label',
      trans.__('Isolation Info actions')
    );
    const keys = arrowKeys('horizontal');
    this.toolbar.node.addEventListener('keydown', event =>
      keys(event, this.toolbar.node)
    );
    this._panelModel.stateChanged.connect(this._renderUpdated, this);
  }

  readonly model: IIsolationInfo;

  /**
   * Open the section `id` (a report key, or `inspect`), scroll to it and
   * focus its heading (unless `focus` is false: focus stays where it is);
   * with `volume`, the row of the volume mounted there instead, when the
   * section draws it. Works before the report has arrived too: the section
   * is revealed on the first drawing that shows it.
   */
  revealSection(
    id: string,
    options: { focus?: boolean; volume?: string } = {}
  ): void {
    this._panelModel.requestReveal(id, options.focus ?? true, options.volume);
    this._loadView().catch(() => undefined);
  }

  /**
   * Draw now, and resolve once the view shows the models as they are (for
   * tests and for code that measures what is drawn).
   */
  async rendered(): Promise<void> {
    this._renderUpdated();
    const view = await this._loadView();
    MessageLoop.sendMessage(view, Widget.Msg.UpdateRequest);
    await view.renderPromise;
  }

  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    window.clearInterval(this._clock);
    this.model.setActive(this.id, false);
    this._panelModel.dispose();
    super.dispose();
  }

  protected onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    this._seen(true);
  }

  protected onAfterAttach(msg: Message): void {
    super.onAfterAttach(msg);
    this._seen(this.isVisible);
  }

  protected onAfterHide(msg: Message): void {
    super.onAfterHide(msg);
    this._seen(false);
  }

  protected onBeforeDetach(msg: Message): void {
    this._seen(false);
    super.onBeforeDetach(msg);
  }

  /**
   * Tell the models whether the panel can be seen; when it can, draw what
   * changed while it could not, and keep the age line current.
   */
  private _seen(visible: boolean): void {
    this.model.setActive(this.id, visible);
    // A running walk's progress is asked for only while it can be seen.
    this._panelModel.space?.setActive(visible);
    window.clearInterval(this._clock);
    if (!visible) {
      return;
    }
    this._loadView().catch(() => undefined);
    this._panelModel.resume();
    if (this.model.state.status !== 'ready') {
      void this.model.refresh();
    }
    this._renderUpdated();
    this._clock = window.setInterval(() => this._renderUpdated(), 5000);
  }

  /**
   * The report view, its code loaded on first use.
   */
  private _loadView(): Promise<ReportView> {
    if (!this._viewLoaded) {
      // The code comes from the server, which may be slow to answer (busy
      // restarting a kernel, say): until it does, the panel says so.
      const waiting = this._waiting;
      waiting.node.replaceChildren(this._trans.__('Loading the report view…'));
      if (!waiting.parent) {
        this.addWidget(waiting);
      }
      this._viewLoaded = import('./report').then(
        ({ ReportView }) => {
          waiting.parent = null;
          const view = new ReportView(this._panelModel, () =>
            this._applyReveal()
          );
          this.addWidget(view);
          return view;
        },
        error => {
          // A chunk that failed to load (the server restarting, say) is asked
          // for again the next time the panel is shown, or now with the
          // button; it is not remembered as failed.
          this._viewLoaded = null;
          const retry = document.createElement('button');
          retry.type = 'button';
          retry.className = 'jp-Button jp-mod-styled jp-mod-accept';
          retry.textContent = this._trans.__('Try again');
          retry.addEventListener('click', () => {
            this.rendered().catch(() => undefined);
          });
          waiting.node.replaceChildren(
            this._trans.__(
              'The report view could not be loaded from the server: %1 ',
              error instanceof Error ? error.message : String(error)
            ),
            retry
          );
          throw error;
        }
      );
    }
    return this._viewLoaded;
  }

  /**
   * Scroll to the section asked for (revealSection), once it is drawn: the
   * view calls this after every drawing.
   */
  private _applyReveal(): void {
    const reveal = this._panelModel.reveal;
    if (!reveal) {
      return;
    }
    const section = this.node.querySelector<HTMLElement>(
      `section[data-section="${reveal.id}"]`
    );
    if (!section) {
      // Not drawn yet (the report is on its way): the next drawing looks
      // again. Another reveal replaces this one.
      return;
    }
    this._panelModel.revealed();
    // A volume's row, matched by its mount point (text, never a selector).
    const row =
      reveal.volume === undefined
        ? null
        : (Array.from(
            section.querySelectorAll<HTMLElement>('[data-volume]')
          ).find(node => node.dataset.volume === reveal.volume) ?? null);
    if (row) {
      row.scrollIntoView?.({ block: 'center' });
    } else {
      section.scrollIntoView?.({ block: 'start' });
    }
    if (reveal.focus) {
      (
        row ??
        section.querySelector<HTMLButtonElement>(
          '.jp-IsolationInfo-sectionToggle'
        )
      )?.focus();
    }
  }

  private _renderUpdated(): void {
    const state = this.model.state;
    let text = '';
    if (state.status === 'ready') {
      // From the report's own time: a cached report is older than its arrival.
      text = collectedAgo(state.report, this._trans);
      this._updated.title = state.report.generated_at;
    }
    if (this._updated.textContent !== text) {
      this._updated.textContent = text;
    }
  }

  private _panelModel: PanelModel;
  /**
   * Shown in place of the view while its code loads, or failed to.
   */
  private _waiting = new Widget({ node: document.createElement('p') });
  private _viewLoaded: Promise<ReportView> | null = null;
  // SidePanel's own bundle (the jupyterlab domain) is only used while it is made.
  protected _trans: TranslationBundle;
  private _updated = document.createElement('span');
  private _clock = 0;
}

export namespace IsolationInfoPanel {
  export interface IOptions {
    model: IIsolationInfo;
    /**
     * The kernel inspection, drawn in the "Your code" section.
     */
    inspection?: IKernelInspection | null;
    /**
     * The explanations, drawn in the Explain section.
     */
    explanations?: IExplanations | null;
    /**
     * The walks, drawn in the Space section.
     */
    space?: ISpaceWalk | null;
    translator: ITranslator;
    /**
     * The registry holding the panel's commands (see commands.ts).
     */
    commands: CommandRegistry;
    /**
     * Where the sections' open/closed state is kept across reloads.
     */
    state?: IStateDB | null;
  }
}

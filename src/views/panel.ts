import { Clipboard } from '@jupyterlab/apputils';
import { IStateDB } from '@jupyterlab/statedb';
import { ITranslator, TranslationBundle } from '@jupyterlab/translation';
import { SidePanel } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { ReadonlyJSONObject } from '@lumino/coreutils';
import { Message, MessageLoop } from '@lumino/messaging';
import { Panel, Widget } from '@lumino/widgets';

import { CommandIDs } from '../commands';
import { verdictText } from '../facts';
import { collectedAgo } from '../format';
import { DOMAIN } from '../i18n';
import { isolationIcon } from '../icon';
import { IExplanations, IIsolationInfo, IKernelInspection } from '../tokens';
import { VERSION } from '../version';
import { arrowKeys } from './keys';
import type { IReportProps, ReportView } from './report';
import { EXPLAIN_SECTION, FIRST_CLOSED } from './sectionids';

/**
 * Where the open/closed state of the sections is kept across reloads.
 */
const STATE_KEY = 'isolation-info:panel';

/**
 * The toolbar's factory name: its items are declared under this name in the
 * settings' "jupyter.lab.toolbars" (schema/plugin.json), where users and
 * admins may reorder or hide them.
 */
export const TOOLBAR_FACTORY = 'IsolationInfo';

/**
 * The sidebar panel, built as JupyterLab's own sidebars are: a SidePanel with
 * a header, a toolbar of command buttons and the report view. It tells the
 * model when it is visible, and draws only then: a hidden panel costs
 * nothing. The view's code (every section) is loaded the first time the
 * panel is drawn, not at start-up.
 */
export class IsolationInfoPanel extends SidePanel {
  constructor(options: IsolationInfoPanel.IOptions) {
    super({ translator: options.translator, content: new Panel() });
    this.model = options.model;
    this._inspection = options.inspection ?? null;
    this._explanations = options.explanations ?? null;
    this._commands = options.commands;
    this._state = options.state ?? null;
    const trans = (this._trans = options.translator.load(DOMAIN));
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
    // The toolbar's buttons are set by the sidebar plugin (setToolbar).
    // The view draws an "Inspect kernel" button once that command exists,
    // and "Explain in kernel" as its state says (they come from a plugin
    // that may activate after the panel).
    this._commands.commandChanged.connect((_, change) => {
      if (
        (change.id === CommandIDs.inspectKernel && change.type === 'added') ||
        (change.id === CommandIDs.explainInKernel &&
          this._explanations?.explanation)
      ) {
        this._changed();
      }
    }, this);

    this.model.stateChanged.connect(this._changed, this);
    this.model.noticeChanged.connect(this._changed, this);
    this._inspection?.changed.connect(this._changed, this);
    this._explanations?.changed.connect(this._explained, this);
    this._changed();
    if (this._state) {
      void this._state
        .fetch(STATE_KEY)
        .then(saved => this._restore(saved as ReadonlyJSONObject | undefined))
        .catch(() => undefined);
    }
  }

  readonly model: IIsolationInfo;

  /**
   * Open the section `id` (a report key, or `inspect`), scroll to it and
   * focus its heading (unless `focus` is false: focus stays where it is).
   * Works before the report has arrived too: the section is revealed on
   * the first drawing that shows it.
   */
  revealSection(id: string, options: { focus?: boolean } = {}): void {
    if (!this._isExpanded(id)) {
      this._expanded.set(id, true);
      this._save();
    }
    this._reveal = { id, focus: options.focus ?? true };
    this._render();
  }

  /**
   * Scroll to the section asked for by revealSection, once it is drawn.
   */
  private _applyReveal(): void {
    const reveal = this._reveal;
    const section = reveal
      ? this.node.querySelector<HTMLElement>(
          `section[data-section="${reveal.id}"]`
        )
      : null;
    if (!reveal) {
      return;
    }
    if (!section) {
      // Not drawn yet (the report is on its way, or React has yet to
      // commit it): the next drawing looks again. Another reveal replaces
      // this one.
      return;
    }
    this._reveal = null;
    section.scrollIntoView?.({ block: 'start' });
    if (reveal.focus) {
      section
        .querySelector<HTMLButtonElement>('.jp-IsolationInfo-sectionToggle')
        ?.focus();
    }
  }

  /**
   * Resolves once the view shows the model as it is now (for tests and for
   * code that measures what is drawn).
   */
  async rendered(): Promise<void> {
    this._stale = false;
    this._renderUpdated();
    const view = await this._loadView();
    MessageLoop.sendMessage(view, Widget.Msg.UpdateRequest);
    await view.renderPromise;
    this._applyReveal();
  }

  /**
   * Draw, from code that does not wait for it: a view that could not be
   * loaded is said in the panel itself.
   */
  private _render(): void {
    this.rendered().catch(() => undefined);
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
          const view = new ReportView();
          view.props = () => this._viewProps();
          this.addWidget(view);
          this._view = view;
          return view;
        },
        error => {
          // A chunk that failed to load (the server restarting, say) is asked
          // for again the next time the panel draws, or now with the button;
          // it is not remembered as failed.
          this._viewLoaded = null;
          this._stale = true;
          const retry = document.createElement('button');
          retry.type = 'button';
          retry.className = 'jp-Button jp-mod-styled jp-mod-accept';
          retry.textContent = this._trans.__('Try again');
          retry.addEventListener('click', () => this._render());
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

  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    window.clearInterval(this._clock);
    this.model.setActive(this.id, false);
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
   * Tell the model whether the panel can be seen; when it can, catch up
   * with what changed while it could not, and keep the age line current.
   */
  private _seen(visible: boolean): void {
    this.model.setActive(this.id, visible);
    window.clearInterval(this._clock);
    if (!visible) {
      return;
    }
    if (this._stale) {
      this._draw();
    }
    if (this.model.state.status !== 'ready') {
      void this.model.refresh();
    }
    this._renderUpdated();
    this._clock = window.setInterval(() => this._renderUpdated(), 5000);
  }

  /**
   * A path is being explained: draw, then bring its section into view (the
   * explain commands have shown the panel).
   */
  private _explained(): void {
    this._changed();
    const state = this._explanations?.explanation;
    if (state?.status !== 'pending') {
      return;
    }
    // Scrolled to, not focused: the user may be typing elsewhere by then.
    this.rendered().then(
      () => this.revealSection(EXPLAIN_SECTION, { focus: false }),
      () => undefined // the panel says why it could not draw
    );
  }

  /**
   * The model changed: draw now if the panel can be seen, else when shown.
   */
  private _changed(): void {
    const state = this.model.state;
    if (state.status === 'ready') {
      const verdict = verdictText(state.report);
      if (verdict !== this._verdict) {
        this._verdict = verdict;
        this._announced = this._trans.__('Verdict: %1', verdict);
      }
    }
    if (this.isAttached && !this.isVisible) {
      this._stale = true;
      return;
    }
    this._draw();
  }

  private _draw(): void {
    this._renderUpdated();
    if (!this._view && !this.isVisible && !this._reveal) {
      // Never drawn and not seen: the view's code waits until it is shown.
      this._stale = true;
      return;
    }
    this._stale = false;
    if (this._reveal || !this._view) {
      // A section waits to be revealed, or the view is yet to be loaded:
      // draw when it can, then look for the section.
      this._render();
      return;
    }
    this._view.update();
  }

  private _viewProps(): IReportProps {
    const model = this.model;
    const explanations = this._explanations;
    const trans = this._trans;
    return {
      context: {
        trans,
        allFields: this._allFields,
        copy: value => {
          Clipboard.copyToSystem(value);
          model.notify(trans.__('Copied.'));
        },
        showAllFields: () => {
          this._allFields = true;
          this._draw();
        }
      },
      state: model.state,
      inspection: this._inspection?.inspection ?? null,
      explanation: explanations?.explanation ?? null,
      kernelExplanation: explanations?.kernelExplanation ?? null,
      // Offered when a notebook kernel is current (the command says).
      explainInKernel:
        this._commands.hasCommand(CommandIDs.explainInKernel) &&
        this._commands.isEnabled(CommandIDs.explainInKernel)
          ? () => void this._commands.execute(CommandIDs.explainInKernel)
          : null,
      closeExplanation: () => explanations?.clear(),
      copyExplanation: path =>
        void explanations?.markdown(path).then(
          markdown => {
            Clipboard.copyToSystem(markdown);
            model.notify(trans.__('Copied the explanation as Markdown.'));
          },
          error =>
            model.notify(
              trans.__(
                'Could not copy the explanation: %1',
                error instanceof Error ? error.message : String(error)
              )
            )
        ),
      notice: model.notice,
      announced: this._announced,
      expanded: id => this._isExpanded(id),
      toggle: id => {
        this._expanded.set(id, !this._isExpanded(id));
        this._save();
        this._draw();
      },
      reveal: id => this.revealSection(id),
      retry: () => void model.refresh({ force: true }),
      inspect: this._commands.hasCommand(CommandIDs.inspectKernel)
        ? () => void this._commands.execute(CommandIDs.inspectKernel)
        : null
    };
  }

  private _isExpanded(id: string): boolean {
    return this._expanded.get(id) ?? !FIRST_CLOSED.has(id);
  }

  private _restore(saved: ReadonlyJSONObject | undefined): void {
    const open = saved?.sections as ReadonlyJSONObject | undefined;
    if (!open) {
      return;
    }
    for (const [id, value] of Object.entries(open)) {
      if (typeof value === 'boolean') {
        this._expanded.set(id, value);
      }
    }
    this._draw();
  }

  private _save(): void {
    if (!this._state) {
      return;
    }
    const sections: { [id: string]: boolean } = {};
    for (const [id, open] of this._expanded) {
      sections[id] = open;
    }
    void this._state.save(STATE_KEY, { sections }).catch(() => undefined);
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

  private _inspection: IKernelInspection | null;
  private _explanations: IExplanations | null;
  private _view: ReportView | null = null;
  /**
   * Shown in place of the view while its code loads, or failed to.
   */
  private _waiting = new Widget({ node: document.createElement('p') });
  private _viewLoaded: Promise<ReportView> | null = null;
  /**
   * The section revealSection was asked for, until it is drawn.
   */
  private _reveal: { id: string; focus: boolean } | null = null;
  private _commands: CommandRegistry;
  private _state: IStateDB | null;
  // SidePanel's own bundle (the jupyterlab domain) is only used while it is made.
  protected _trans: TranslationBundle;
  private _expanded = new Map<string, boolean>();
  private _verdict: string | null = null;
  private _announced = '';
  private _stale = false;
  // The user asked for every metadata field (a large file shows the first ones).
  private _allFields = false;
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

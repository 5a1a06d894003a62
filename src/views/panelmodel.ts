import { Clipboard } from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';
import { IStateDB } from '@jupyterlab/statedb';
import { TranslationBundle } from '@jupyterlab/translation';
import { VDomModel } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { ReadonlyJSONObject } from '@lumino/coreutils';

import { CommandIDs } from '../commands';
import { verdictText } from '../facts';
import {
  IExplanations,
  IIsolationInfo,
  IKernelInspection,
  ISpaceWalk
} from '../tokens';
import type { IReportProps } from './report';
import { EXPLAIN_SECTION, FIRST_CLOSED } from './sectionids';

/**
 * Where the open/closed state of the sections is kept across reloads.
 */
const STATE_KEY = 'isolation-info:panel';

/**
 * What the panel draws: the report, the kernel inspection and the
 * explanation, with the panel's own state (which sections are open, the
 * section to bring into view, the verdict last announced). Emits
 * `stateChanged` when any of them changes, except while the panel is
 * hidden: then it waits, and emits once when shown.
 */
export class PanelModel extends VDomModel {
  constructor(options: PanelModel.IOptions) {
    super();
    this.model = options.model;
    this._inspection = options.inspection ?? null;
    this._explanations = options.explanations ?? null;
    this.space = options.space ?? null;
    this._commands = options.commands;
    this._trans = options.trans;
    this._state = options.state ?? null;
    this._hidden = options.hidden;

    // The view draws an "Inspect kernel" button once that command exists,
    // and "Explain in kernel" as its state says (they come from plugins
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
    this.space?.changed.connect(this._changed, this);
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
   * The walks drawn in the Space section, or null without the space plugin.
   */
  readonly space: ISpaceWalk | null;

  /**
   * The section to bring into view once it is drawn, if any.
   */
  get reveal(): PanelModel.IReveal | null {
    return this._reveal;
  }

  /**
   * Open the section `id` and bring it into view once drawn (see reveal),
   * at the row of the volume mounted at `volume` when given; a later
   * request replaces this one.
   */
  requestReveal(id: string, focus: boolean, volume?: string): void {
    if (!this._isExpanded(id)) {
      this._expanded.set(id, true);
      this._save();
    }
    this._reveal = volume === undefined ? { id, focus } : { id, focus, volume };
    this._emit();
  }

  /**
   * The section asked for has been brought into view.
   */
  revealed(): void {
    this._reveal = null;
  }

  /**
   * The panel is shown: emit what changed while it was hidden.
   */
  resume(): void {
    if (this._stale) {
      this._emit();
    }
  }

  /**
   * Everything the report view draws, as the models stand now.
   */
  props(drawn: () => void): IReportProps {
    const model = this.model;
    const explanations = this._explanations;
    const commands = this._commands;
    const trans = this._trans;
    const failed = (error: unknown) =>
      model.notify(
        trans.__(
          'Could not copy the explanation: %1',
          error instanceof Error ? error.message : String(error)
        )
      );
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
          this._emit();
        },
        // The absolute root the file browser shows (jupyter_server's
        // root_dir, which the page config carries as serverRoot).
        browserRoot: PageConfig.getOption('serverRoot') || null,
        walkFolder: commands.hasCommand(CommandIDs.showSpace)
          ? path => void commands.execute(CommandIDs.showSpace, { path })
          : null
      },
      state: model.state,
      inspection: this._inspection?.inspection ?? null,
      explanation: explanations?.explanation ?? null,
      kernelExplanation: explanations?.kernelExplanation ?? null,
      // Offered when a notebook kernel is current (the command says).
      explainInKernel:
        commands.hasCommand(CommandIDs.explainInKernel) &&
        commands.isEnabled(CommandIDs.explainInKernel)
          ? () => void commands.execute(CommandIDs.explainInKernel)
          : null,
      closeExplanation: () => explanations?.clear(),
      copyExplanation: path =>
        void explanations?.markdown(path).then(markdown => {
          Clipboard.copyToSystem(markdown);
          model.notify(trans.__('Copied the explanation as Markdown.'));
        }, failed),
      notice: model.notice,
      announced: this._announced,
      expanded: id => this._isExpanded(id),
      toggle: id => {
        this._expanded.set(id, !this._isExpanded(id));
        this._save();
        this._emit();
      },
      reveal: (id, volume) => this.requestReveal(id, true, volume),
      retry: () => void model.refresh({ force: true }),
      space: this.space
        ? {
            state: this.space.state,
            walk: (path, refresh) =>
              void this.space?.walk(path, { refresh: !!refresh }),
            cancel: () => void this.space?.cancel()
          }
        : null,
      inspect: commands.hasCommand(CommandIDs.inspectKernel)
        ? () => void commands.execute(CommandIDs.inspectKernel)
        : null,
      drawn
    };
  }

  /**
   * A path is being explained: bring its section into view (the explain
   * commands have shown the panel); scrolled to, not focused: the user may
   * be typing elsewhere by then.
   */
  private _explained(): void {
    if (this._explanations?.explanation?.status === 'pending') {
      this.requestReveal(EXPLAIN_SECTION, false);
      return;
    }
    this._changed();
  }

  private _changed(): void {
    const state = this.model.state;
    if (state.status === 'ready') {
      const verdict = verdictText(state.report);
      if (verdict !== this._verdict) {
        this._verdict = verdict;
        this._announced = this._trans.__('Verdict: %1', verdict);
      }
    }
    if (this._hidden()) {
      this._stale = true;
      return;
    }
    this._emit();
  }

  private _emit(): void {
    this._stale = false;
    this.stateChanged.emit();
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
    this._changed();
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

  private _inspection: IKernelInspection | null;
  private _explanations: IExplanations | null;
  private _commands: CommandRegistry;
  private _trans: TranslationBundle;
  private _state: IStateDB | null;
  private _hidden: () => boolean;
  private _expanded = new Map<string, boolean>();
  private _reveal: PanelModel.IReveal | null = null;
  private _verdict: string | null = null;
  private _announced = '';
  private _stale = false;
  // The user asked for every metadata field (a large file shows the first ones).
  private _allFields = false;
}

export namespace PanelModel {
  /**
   * A section to bring into view: its id, whether to focus it, and in the
   * volumes section the mount point of the row to focus.
   */
  export interface IReveal {
    id: string;
    focus: boolean;
    volume?: string;
  }

  export interface IOptions {
    model: IIsolationInfo;
    inspection?: IKernelInspection | null;
    explanations?: IExplanations | null;
    /**
     * The walks of the Space section.
     */
    space?: ISpaceWalk | null;
    /**
     * The registry holding the panel's commands (see commands.ts).
     */
    commands: CommandRegistry;
    trans: TranslationBundle;
    /**
     * Where the sections' open/closed state is kept across reloads.
     */
    state?: IStateDB | null;
    /**
     * Whether the panel is hidden now (attached, not visible).
     */
    hidden: () => boolean;
  }
}

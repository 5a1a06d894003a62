import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ISessionContext } from '@jupyterlab/apputils';
import { IConsoleTracker } from '@jupyterlab/console';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ITranslator, TranslationBundle } from '@jupyterlab/translation';
import { ISignal } from '@lumino/signaling';
import { PanelLayout, Widget } from '@lumino/widgets';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CommandIDs } from '../commands';
import { DOMAIN } from '../i18n';
import { IExplanations, IIsolationInfo } from '../tokens';
import { EXPLAIN_SECTION } from '../views/sectionids';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- outputs are recognised as they arrive, from the first notebook opened
import { outputActions, WallAction, wallSummary, wallTooltip } from './action';

/**
 * What this plugin needs of a code cell (notebook or console), by shape: the
 * output area model's signals and its outputs, the output area widget (one
 * child per output shown, in the model's order, as JupyterLab 4.0 to 4.5 lay
 * it out) and `ready` (the cell's DOM is built lazily in a windowed notebook).
 */
export interface IOutputCell extends Widget {
  model: {
    type: string;
    outputs: {
      changed: ISignal<unknown, unknown>;
      stateChanged: ISignal<unknown, unknown>;
      readonly length: number;
      get(index: number): IOutputModel;
    };
  };
  outputArea: Widget & {
    readonly widgets: ReadonlyArray<Widget>;
    readonly maxNumberOutputs?: number;
    readonly outputLengthChanged?: ISignal<unknown, number>;
  };
  ready: Promise<void>;
}

/**
 * An output's model by shape; a stream's text grows in place in JupyterLab
 * 4.1 and later (`streamText`), with no change of the output list.
 */
interface IOutputModel {
  readonly type: string;
  readonly streamText?: { changed: ISignal<unknown, unknown> } | null;
  toJSON(): unknown;
}

export function isOutputCell(cell: Widget): cell is IOutputCell {
  const fields = cell as unknown as Partial<IOutputCell>;
  return (
    fields.model?.type === 'code' &&
    !!fields.model.outputs &&
    fields.outputArea instanceof Widget &&
    Array.isArray(fields.outputArea.widgets)
  );
}

/** The class of an output area's child (prompt and output) that holds a bar. */
const WITH_ACTION_CLASS = 'jp-IsolationInfo-withWallAction';

/**
 * The buttons under one output: one per wall it shows. Their words are ours
 * and the wall's summary, set as text (textContent, attributes): the error's
 * text never becomes markup here.
 */
export class ExplainErrorBar extends Widget {
  constructor(
    private readonly _trans: TranslationBundle,
    private readonly _onClick: (action: WallAction) => void
  ) {
    super();
    this.addClass('jp-IsolationInfo-wallAction');
  }

  set actions(actions: WallAction[]) {
    const labels = actions.map(action => wallSummary(action.hit));
    // The same walls: keep the buttons (and a focus on one).
    if (labels.join('\0') === this._labels.join('\0')) {
      this._actions = actions;
      return;
    }
    this._actions = actions;
    this._labels = labels;
    this.node.replaceChildren(
      ...actions.map((action, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'jp-Button jp-mod-styled jp-mod-reject';
        button.textContent = this._trans.__('Explain this error');
        // The accessible name tells the buttons of one cell apart.
        button.setAttribute(
          'aria-label',
          this._trans.__('Explain this error: %1', labels[index])
        );
        button.title = wallTooltip(action.hit);
        button.addEventListener('click', () => {
          const current = this._actions[index];
          if (current) {
            this._onClick(current);
          }
        });
        return button;
      })
    );
    this.setHidden(actions.length === 0);
  }

  private _actions: WallAction[] = [];
  private _labels: string[] = [];
}

/** A stream output's text, as nbformat gives it (a string or its lines). */
function streamText(json: unknown): string {
  const text = (json as { text?: unknown }).text;
  return Array.isArray(text) ? text.join('') : String(text ?? '');
}

/** Run `work` when the page is idle (at most 200 ms later): not while outputs render. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(work, { timeout: 200 });
  } else {
    setTimeout(work, 0);
  }
}

/**
 * "Explain this error" under a notebook or console cell whose outputs show a
 * wall (recognised as they arrive, without asking anything); nothing runs
 * until it is clicked. An ordinary error gets no button.
 */
export const explainErrorPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:explain-error',
  description:
    'Offers "Explain this error" under a cell output that a wall (permission, space, a limit) caused.',
  autoStart: true,
  requires: [ITranslator],
  optional: [IExplanations, INotebookTracker, IConsoleTracker, IIsolationInfo],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator,
    explanations: IExplanations | null,
    notebooks: INotebookTracker | null,
    consoles: IConsoleTracker | null,
    model: IIsolationInfo | null
  ) => {
    const trans = translator.load(DOMAIN);
    const show = (section: string) => {
      if (app.commands.hasCommand(CommandIDs.show)) {
        // The user asked from the cell: the answer takes the focus.
        void app.commands.execute(CommandIDs.show, { section, focus: true });
      }
    };
    const act = (action: WallAction, session: ISessionContext) => {
      if (action.kind === 'explain' && explanations) {
        // The path is the kernel's (its working directory, its user): only
        // the kernel can answer for it. The answer opens in the panel's
        // Explain section, scrolled into view and focused, not under the
        // output: it is read, copied and closed where every explanation is,
        // it is not taken for an output of the cell (nor saved or cleared
        // with them), it stays while a windowed notebook scrolls the cell
        // away, and the moved focus tells a screen reader where it is.
        void explanations.explainKernelPath(session, action.path);
        show(EXPLAIN_SECTION);
      } else if (
        action.kind === 'section' &&
        action.section === 'volumes' &&
        model &&
        app.commands.hasCommand(CommandIDs.show)
      ) {
        // The report fetched before the write failed shows the volume as it
        // was: collected again (the user clicked), then its row focused.
        const { hit, section } = action;
        void import('./volume').then(({ showWallVolume }) =>
          showWallVolume({
            model,
            trans,
            hit,
            section,
            show: args => app.commands.execute(CommandIDs.show, args)
          })
        );
      } else {
        show(action.kind === 'section' ? action.section : 'walls');
      }
    };
    const seen = new WeakSet<Widget>();
    const watch = (cell: Widget, session: ISessionContext) => {
      if (seen.has(cell) || !isOutputCell(cell)) {
        return;
      }
      seen.add(cell);
      watchOutputs(cell, trans, action => act(action, session));
    };

    notebooks?.widgetAdded.connect((_, panel) => {
      const notebook = panel.content;
      const watchAll = () => {
        for (const cell of notebook.widgets) {
          watch(cell, panel.sessionContext);
        }
      };
      void panel.context.ready.then(() => {
        watchAll();
        // The notebook makes the widgets of new cells first (it connected
        // before us).
        notebook.model?.cells.changed.connect(watchAll);
      });
    });
    consoles?.widgetAdded.connect((_, panel) => {
      const console = panel.console;
      const watchAll = () => {
        for (const cell of console.cells) {
          watch(cell, panel.sessionContext);
        }
        if (console.promptCell) {
          watch(console.promptCell, panel.sessionContext);
        }
      };
      watchAll();
      console.cells.changed.connect(watchAll);
      console.promptCellCreated.connect(watchAll);
    });
  }
};

/**
 * Keep one bar of "Explain this error" buttons under each output of `cell`
 * that shows a wall, as its outputs arrive and change; `onClick` gets the
 * action of the button clicked. Nothing is asked of anyone before that.
 */
export function watchOutputs(
  cell: IOutputCell,
  trans: TranslationBundle,
  onClick: (action: WallAction) => void
): void {
  const outputs = cell.model.outputs;
  const area = cell.outputArea;
  const bars = new WeakMap<Widget, ExplainErrorBar>();
  // What each output model was last read as: a stream grows in place,
  // an error never changes.
  const read = new WeakMap<object, { text: string; actions: WallAction[] }>();
  const followed = new WeakSet<IOutputModel>();
  let pending = false;
  const sync = () => {
    pending = false;
    if (cell.isDisposed) {
      return;
    }
    // The output area's children are its outputs in order, up to
    // maxNumberOutputs (then one child that offers the rest).
    const shown = Math.min(
      area.widgets.length,
      outputs.length,
      area.maxNumberOutputs ?? Infinity
    );
    for (let index = 0; index < shown; index++) {
      const child = area.widgets[index];
      if (!(child.layout instanceof PanelLayout)) {
        continue;
      }
      const model = outputs.get(index);
      // Only errors and streams hold walls: an image is never read.
      if (model.type !== 'error' && model.type !== 'stream') {
        continue;
      }
      if (model.type === 'stream' && !followed.has(model)) {
        followed.add(model);
        model.streamText?.changed.connect(schedule);
      }
      let known = read.get(model);
      if (!known || model.type === 'stream') {
        const json = model.toJSON();
        const text = model.type === 'stream' ? streamText(json) : '';
        if (known?.text !== text || !known) {
          known = { text, actions: outputActions(json) };
          read.set(model, known);
        }
      }
      let bar = bars.get(child);
      if (known.actions.length === 0 && !bar) {
        continue;
      }
      if (!bar || bar.isDisposed) {
        // Inside the output's own child, after the output: hidden,
        // scrolled, trimmed and disposed with it; the output area finds
        // its renderer among the child's widgets by `renderModel`, which
        // the bar lacks.
        const made = new ExplainErrorBar(trans, onClick);
        child.layout.addWidget(made);
        child.addClass(WITH_ACTION_CLASS);
        bars.set(child, made);
        bar = made;
      }
      bar.actions = known.actions;
    }
  };
  // Read when the page is idle, once for a burst of changes: rendering
  // the outputs comes first.
  const schedule = () => {
    if (!pending) {
      pending = true;
      whenIdle(sync);
    }
  };
  // Outputs arrive as changes of the list; a stream's chunks are merged
  // into its last output (a change of the list in JupyterLab 4.0, of the
  // output's streamText from 4.1, followed above); a trimmed area shows
  // the rest without a change of the model.
  outputs.changed.connect(schedule);
  outputs.stateChanged.connect(schedule);
  area.outputLengthChanged?.connect(schedule);
  cell.disposed.connect(() => {
    outputs.changed.disconnect(schedule);
    outputs.stateChanged.disconnect(schedule);
    area.outputLengthChanged?.disconnect(schedule);
  });
  void cell.ready.then(schedule);
}

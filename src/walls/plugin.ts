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
import { IExplanations } from '../tokens';
import { EXPLAIN_SECTION } from '../views/sectionids';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- outputs are recognised as they arrive, from the first notebook opened
import { outputsAction, WallAction } from './action';

/**
 * What this plugin needs of a code cell (notebook or console), by shape: the
 * output area model's signals, its widget, and `ready` (the cell's DOM is
 * built lazily in a windowed notebook).
 */
interface IOutputCell extends Widget {
  model: {
    type: string;
    outputs: {
      changed: ISignal<unknown, unknown>;
      stateChanged: ISignal<unknown, unknown>;
      toJSON(): unknown[];
    };
  };
  outputArea: Widget;
  ready: Promise<void>;
}

function isOutputCell(cell: Widget): cell is IOutputCell {
  const fields = cell as unknown as Partial<IOutputCell>;
  return (
    fields.model?.type === 'code' &&
    !!fields.model.outputs &&
    fields.outputArea instanceof Widget
  );
}

/**
 * The bar under a cell's outputs: one button, shown while the outputs hold a
 * wall. Its words are ours; the error's text is not drawn here at all.
 */
class ExplainErrorBar extends Widget {
  constructor(trans: TranslationBundle, onClick: (action: WallAction) => void) {
    super();
    this.addClass('jp-IsolationInfo-wallAction');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'jp-Button jp-mod-styled jp-mod-reject';
    button.textContent = trans.__('Explain this error');
    button.addEventListener('click', () => {
      if (this._action) {
        onClick(this._action);
      }
    });
    this.node.appendChild(button);
    this.hide();
  }

  set action(action: WallAction | null) {
    this._action = action;
    this.setHidden(action === null);
  }

  private _action: WallAction | null = null;
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
  optional: [IExplanations, INotebookTracker, IConsoleTracker],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator,
    explanations: IExplanations | null,
    notebooks: INotebookTracker | null,
    consoles: IConsoleTracker | null
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
        // the kernel can answer for it. The answer goes where every other
        // explanation is drawn, the panel's Explain section, so there is one
        // place to read, copy and close them.
        void explanations.explainKernelPath(session, action.path);
        show(EXPLAIN_SECTION);
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
      const bar = new ExplainErrorBar(trans, action => act(action, session));
      const outputs = cell.model.outputs;
      // A stream's chunks are merged into its last output in place
      // (stateChanged), other outputs arrive as changes of the list.
      const update = () => (bar.action = outputsAction(outputs.toJSON()));
      outputs.changed.connect(update);
      outputs.stateChanged.connect(update);
      update();
      cell.disposed.connect(() => {
        outputs.changed.disconnect(update);
        outputs.stateChanged.disconnect(update);
        bar.dispose();
      });
      void cell.ready.then(() => place(cell, bar));
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
 * Put the bar in the cell's own layout, right after the block that holds its
 * outputs (JupyterLab 4.0 to 4.5 build a code cell as header, input, resize
 * handle, outputs, footer). Not inside the output area: it counts its
 * children as outputs.
 */
function place(cell: IOutputCell, bar: Widget): void {
  const layout = cell.layout;
  if (bar.isDisposed || !(layout instanceof PanelLayout)) {
    return;
  }
  const wrapper = cell.outputArea.parent;
  const index = wrapper ? layout.widgets.indexOf(wrapper) : -1;
  layout.insertWidget(index >= 0 ? index + 1 : layout.widgets.length, bar);
}

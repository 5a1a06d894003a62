import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, InputDialog } from '@jupyterlab/apputils';
import { IConsoleTracker } from '@jupyterlab/console';
import { IFileBrowserFactory } from '@jupyterlab/filebrowser';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ITranslator } from '@jupyterlab/translation';
import { kernelIcon } from '@jupyterlab/ui-components';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CommandIDs, NO_ARGS, pathArgs } from '../commands';
import { DOMAIN } from '../i18n';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CurrentSession, sessionTrackers } from '../kernel';
import { IExplanations } from '../tokens';
import { EXPLAIN_SECTION } from '../views/sectionids';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the plugin provides it at activation
import { ExplanationModel } from './model';

/**
 * Command ids of "why can't I write here?".
 */
export namespace ExplainCommandIDs {
  /** The file browser's context menu: the item under the pointer, or the folder. */
  export const explainInBrowser = 'isolation-info:explain-in-browser';
  /** The palette: asks for a path (or takes `path` as an argument). */
  export const explainPath = 'isolation-info:explain-path';
}

/**
 * "Explain Permissions" on the file browser's items and background,
 * "Explain Path Permissions…" in the palette, and "Explain in Kernel". The
 * context-menu entry is declared in this plugin's settings schema
 * (schema/explain.json). Provides the explanations, which the panel draws.
 */
export const explainPlugin: JupyterFrontEndPlugin<IExplanations> = {
  id: 'jupyterlab-isolation-info:explain',
  description:
    'Explains why you can or cannot read, write, create, delete, chmod or run a path.',
  autoStart: true,
  provides: IExplanations,
  requires: [ITranslator],
  optional: [
    IFileBrowserFactory,
    ICommandPalette,
    INotebookTracker,
    IConsoleTracker
  ],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator,
    browsers: IFileBrowserFactory | null,
    palette: ICommandPalette | null,
    notebooks: INotebookTracker | null,
    consoles: IConsoleTracker | null
  ): IExplanations => {
    const trans = translator.load(DOMAIN);
    const model = new ExplanationModel(app.serviceManager.serverSettings);
    const session = new CurrentSession(
      app.shell,
      sessionTrackers(notebooks, consoles)
    );
    // The answers are a section of the Isolation panel: show the panel at
    // it, focus left where the user is.
    const showPanel = () => {
      if (app.commands.hasCommand(CommandIDs.show)) {
        void app.commands.execute(CommandIDs.show, {
          section: EXPLAIN_SECTION,
          focus: false
        });
      }
    };
    const explain = (path: string): Promise<void> => {
      showPanel();
      return model.explain(path);
    };

    app.commands.addCommand(ExplainCommandIDs.explainInBrowser, {
      label: trans.__('Explain Permissions'),
      caption: trans.__(
        'Why you can or cannot read, write, delete or run this item'
      ),
      describedBy: NO_ARGS,
      isEnabled: () => !!browsers?.tracker.currentWidget,
      execute: () => {
        const browser = browsers?.tracker.currentWidget;
        if (!browser) {
          return;
        }
        // Right-clicked on an item: the browser has selected it. On the
        // listing's background: the folder shown.
        const onItem = app.contextMenuHitTest(node =>
          node.classList.contains('jp-DirListing-item')
        );
        const item = onItem ? browser.selectedItems().next() : undefined;
        const path =
          item && !item.done && item.value
            ? item.value.path
            : browser.model.path;
        return explain(path);
      }
    });

    app.commands.addCommand(ExplainCommandIDs.explainPath, {
      label: trans.__('Explain Path Permissions…'),
      caption: trans.__(
        'Why you can or cannot read, write, delete or run a path'
      ),
      describedBy: pathArgs(
        trans.__(
          'The path, from the file browser’s root; asked for when absent'
        )
      ),
      execute: async args => {
        let path = typeof args.path === 'string' ? args.path : null;
        if (path === null) {
          const result = await InputDialog.getText({
            title: trans.__('Explain Path Permissions'),
            label: trans.__('Path, from the file browser’s root'),
            text: browsers?.tracker.currentWidget?.model.path ?? ''
          });
          if (!result.button.accept || result.value === null) {
            return;
          }
          path = result.value;
        }
        return explain(path);
      }
    });

    app.commands.addCommand(CommandIDs.explainInKernel, {
      label: trans.__('Explain in Kernel'),
      caption: trans.__(
        'Explain the explained path inside the current notebook’s kernel, as its own user'
      ),
      describedBy: NO_ARGS,
      icon: args => (args.isPalette ? undefined : kernelIcon),
      isEnabled: () =>
        !!session.current?.session?.kernel &&
        model.explanation?.status === 'ready' &&
        model.kernelExplanation?.result !== null,
      execute: () => {
        const explaining = model.explainInKernel(session.current);
        // Both answers show side by side in the panel's Explain section.
        showPanel();
        return explaining;
      }
    });
    const changed = () =>
      app.commands.notifyCommandChanged(CommandIDs.explainInKernel);
    model.changed.connect(changed);
    session.changed.connect(changed);

    for (const command of [
      ExplainCommandIDs.explainPath,
      CommandIDs.explainInKernel
    ]) {
      palette?.addItem({ command, category: trans.__('Isolation') });
    }
    return model;
  }
};

import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, InputDialog } from '@jupyterlab/apputils';
import { IFileBrowserFactory } from '@jupyterlab/filebrowser';
import { ITranslator } from '@jupyterlab/translation';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CommandIDs } from '../commands';
import { DOMAIN } from '../i18n';
import { IIsolationInfo } from '../tokens';
import { EXPLAIN_SECTION } from '../views/sectionids';

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
 * "Explain Permissions" on the file browser's items and background, and
 * "Explain Path Permissions…" in the palette. The context-menu entry is
 * declared in this plugin's settings schema (schema/explain.json).
 */
export const explainPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:explain',
  description:
    'Explains why you can or cannot read, write, create, delete, chmod or run a path.',
  autoStart: true,
  requires: [IIsolationInfo, ITranslator],
  optional: [IFileBrowserFactory, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    model: IIsolationInfo,
    translator: ITranslator,
    browsers: IFileBrowserFactory | null,
    palette: ICommandPalette | null
  ) => {
    const trans = translator.load(DOMAIN);
    const explain = (path: string): Promise<void> => {
      // The answer is a section of the Isolation panel: show the panel at
      // it, focus left where the user is.
      if (app.commands.hasCommand(CommandIDs.show)) {
        void app.commands.execute(CommandIDs.show, {
          section: EXPLAIN_SECTION,
          focus: false
        });
      }
      return model.explain(path);
    };

    app.commands.addCommand(ExplainCommandIDs.explainInBrowser, {
      label: trans.__('Explain Permissions'),
      caption: trans.__(
        'Why you can or cannot read, write, delete or run this item'
      ),
      describedBy: { args: { type: 'object', properties: {} } },
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
      describedBy: {
        args: {
          type: 'object',
          properties: {
            path: {
              type: 'string',
              description: trans.__(
                'The path, from the file browser’s root; asked for when absent'
              )
            }
          }
        }
      },
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

    palette?.addItem({
      command: ExplainCommandIDs.explainPath,
      category: trans.__('Isolation')
    });
  }
};

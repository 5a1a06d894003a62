import {
  ILayoutRestorer,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';

import { IsolationInfoModel } from './model';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the sidebar tab exists from start-up
import { IsolationInfoPanel } from './panel/panel';

namespace CommandIDs {
  export const show = 'isolation-info:show';
}

/**
 * The sidebar panel and the "Show Isolation Info" command.
 */
const panelPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:plugin',
  description:
    'Shows who your code runs as, and who that is on the host, in a sidebar panel.',
  autoStart: true,
  requires: [ITranslator],
  optional: [ICommandPalette, ILayoutRestorer],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator | null,
    palette: ICommandPalette | null,
    restorer: ILayoutRestorer | null
  ) => {
    translator = translator ?? nullTranslator;
    const trans = translator.load('jupyterlab_isolation_info');
    const model = new IsolationInfoModel(app.serviceManager.serverSettings);
    const panel = new IsolationInfoPanel({ model, translator });
    app.shell.add(panel, 'right', { rank: 900 });
    restorer?.add(panel, 'isolation-info');

    app.commands.addCommand(CommandIDs.show, {
      label: trans.__('Show Isolation Info'),
      caption: trans.__('Open the Isolation Info panel'),
      describedBy: { args: { type: 'object', properties: {} } },
      icon: args => (args.isPalette ? undefined : panel.title.icon),
      execute: () => {
        app.shell.activateById(panel.id);
      }
    });
    palette?.addItem({
      command: CommandIDs.show,
      category: trans.__('Isolation')
    });
  }
};

export default panelPlugin;

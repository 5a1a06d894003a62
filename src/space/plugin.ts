import {
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { ITranslator } from '@jupyterlab/translation';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- index.ts loads it at start-up too
import { CommandIDs, pathArgs } from '../commands';
import { DOMAIN } from '../i18n';
import { ISpaceWalk } from '../tokens';
import { SPACE_SECTION } from '../views/sectionids';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the plugin provides it at activation
import { SpaceWalkModel } from './model';

/**
 * "Show Disk Space" in the palette: the Isolation panel at its Space
 * section, focused. Provides the walks the section draws; nothing is
 * walked until the user asks there.
 */
export const spacePlugin: JupyterFrontEndPlugin<ISpaceWalk> = {
  id: 'jupyterlab-isolation-info:space',
  description:
    'Where the space of your home went: the walk of the Space section and the Show Disk Space command.',
  autoStart: true,
  provides: ISpaceWalk,
  requires: [ITranslator],
  optional: [ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator,
    palette: ICommandPalette | null
  ): ISpaceWalk => {
    const trans = translator.load(DOMAIN);
    const model = new SpaceWalkModel(app.serviceManager.serverSettings);
    app.commands.addCommand(CommandIDs.showSpace, {
      label: trans.__('Show Disk Space'),
      caption: trans.__(
        'Open the Isolation panel at Space: how full each volume is and where the space of your home went'
      ),
      describedBy: pathArgs(
        trans.__(
          'A folder to walk now, from the file browser’s root; nothing is walked when absent'
        )
      ),
      execute: async args => {
        await app.commands.execute(CommandIDs.show, {
          section: SPACE_SECTION,
          focus: true
        });
        if (typeof args.path === 'string') {
          await model.walk(args.path);
        }
      }
    });
    palette?.addItem({
      command: CommandIDs.showSpace,
      category: trans.__('Isolation')
    });
    return model;
  }
};

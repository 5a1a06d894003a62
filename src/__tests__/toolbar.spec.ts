import * as fs from 'fs';
import * as path from 'path';

import {
  createDefaultFactory,
  createToolbarFactory,
  setToolbar,
  ToolbarWidgetRegistry
} from '@jupyterlab/apputils';
import { ISettingRegistry, SettingRegistry } from '@jupyterlab/settingregistry';
import { nullTranslator } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { IsolationInfoModel } from '../model';
import { SETTINGS_ID } from '../settings';
import { IsolationInfoPanel, TOOLBAR_FACTORY } from '../views/panel';
import { reportCommands, settled } from './render';
import { fakeServer, json } from './server';
import { goldenReport } from './golden';

const SCHEMA: ISettingRegistry.ISchema = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', '..', 'schema', 'plugin.json'),
    'utf8'
  )
);

/**
 * The panel with its toolbar as the sidebar plugin builds it: the settings'
 * toolbar items (schema/plugin.json, with `user` settings over them) through
 * JupyterLab's toolbar factory.
 */
async function panelWithToolbar(
  user: ISettingRegistry.IPlugin['data']['user'] = {}
): Promise<IsolationInfoPanel> {
  const model = new IsolationInfoModel(
    fakeServer(() => json(goldenReport('host-root'))).settings
  );
  const commands = reportCommands(model);
  const raw = JSON.stringify(user);
  const registry = new SettingRegistry({
    connector: {
      fetch: async id =>
        id === SETTINGS_ID
          ? {
              id,
              schema: JSON.parse(JSON.stringify(SCHEMA)),
              raw,
              data: { composite: {}, user: {} },
              version: '0'
            }
          : undefined,
      list: async () => ({ ids: [], values: [] }),
      save: async () => undefined,
      remove: async () => undefined
    }
  });
  const panel = new IsolationInfoPanel({
    model,
    translator: nullTranslator,
    commands
  });
  setToolbar(
    panel,
    createToolbarFactory(
      new ToolbarWidgetRegistry({
        defaultFactory: createDefaultFactory(commands)
      }),
      registry,
      TOOLBAR_FACTORY,
      SETTINGS_ID,
      nullTranslator
    )
  );
  // The factory loads the settings, then fills the toolbar.
  await registry.load(SETTINGS_ID);
  await settled();
  return panel;
}

describe("the panel's toolbar", () => {
  it("should have a button for each of the settings' toolbar items, named by it", async () => {
    const panel = await panelWithToolbar();
    Widget.attach(panel, document.body);
    for (let i = 0; i < 5; i++) {
      await settled();
    }
    expect(Array.from(panel.toolbar.names())).toEqual([
      'refresh',
      'probe',
      'copy-markdown',
      'copy-json',
      'inspect-kernel'
    ]);
    // Icons alone, named by the command's caption.
    const buttons = Array.from(
      panel.toolbar.node.querySelectorAll('[data-command]')
    );
    expect(buttons.map(b => b.getAttribute('aria-label'))).toEqual([
      'Collect the isolation report again',
      'Probe the endpoints the server is configured to probe (off unless enabled on the server)',
      'Copy the isolation report as Markdown',
      'Copy the isolation report as JSON',
      'Collect the report inside the current notebook’s or console’s kernel'
    ]);
    expect(buttons.map(b => b.getAttribute('data-command'))).toEqual([
      'isolation-info:refresh',
      'isolation-info:probe',
      'isolation-info:copy-markdown',
      'isolation-info:copy-json',
      'isolation-info:inspect-kernel'
    ]);
    expect(buttons.map(b => b.textContent)).toEqual(['', '', '', '', '']);
    panel.dispose();
  });

  it('should leave out an item the user disabled, and follow their order', async () => {
    const panel = await panelWithToolbar({
      toolbar: [
        { name: 'probe', disabled: true },
        { name: 'copy-json', rank: 1 }
      ]
    });
    expect(Array.from(panel.toolbar.names())).toEqual([
      'copy-json',
      'refresh',
      'copy-markdown',
      'inspect-kernel'
    ]);
    panel.dispose();
  });
});

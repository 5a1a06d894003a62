import * as fs from 'fs';
import * as path from 'path';

import {
  createDefaultFactory,
  setToolbar,
  ToolbarWidgetRegistry
} from '@jupyterlab/apputils';
import { ISettingRegistry, SettingRegistry } from '@jupyterlab/settingregistry';
import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';
import { Widget } from '@lumino/widgets';

import { IsolationInfoModel } from '../model';
import { IsolationInfoSettings, SETTINGS_ID } from '../settings';
import { IsolationInfoPanel } from '../views/panel';
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
 * A settings registry serving schema/plugin.json with `user` settings over
 * it, as JupyterLab's does.
 */
function settingRegistry(user: Record<string, unknown>): ISettingRegistry {
  const raw = JSON.stringify(user);
  return new SettingRegistry({
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
}

/**
 * The settings as the settings plugin loads them (with a toolbar registry
 * making `commands`' buttons, or none), once loaded.
 */
async function loadedSettings(
  user: Record<string, unknown>,
  commands: CommandRegistry | null
): Promise<IsolationInfoSettings> {
  const settings = new IsolationInfoSettings();
  const loaded = new Promise<void>(resolve =>
    settings.changed.connect(() => resolve())
  );
  settings.load(
    settingRegistry(user),
    commands
      ? {
          registry: new ToolbarWidgetRegistry({
            defaultFactory: createDefaultFactory(commands)
          }),
          translator: nullTranslator
        }
      : null
  );
  await loaded;
  return settings;
}

/**
 * The panel with its toolbar as the sidebar plugin builds it: the settings'
 * toolbar items (schema/plugin.json, with `user` settings over them) through
 * JupyterLab's toolbar factory.
 */
async function panelWithToolbar(
  user: Record<string, unknown> = {}
): Promise<IsolationInfoPanel> {
  const model = new IsolationInfoModel(
    fakeServer(() => json(goldenReport('host-root'))).settings
  );
  const commands = reportCommands(model);
  const settings = await loadedSettings(user, commands);
  const panel = new IsolationInfoPanel({
    model,
    translator: nullTranslator,
    commands
  });
  setToolbar(panel, settings.toolbar!);
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

  it("should load the user's settings beside the toolbar, whichever plugin asks first", async () => {
    // schema/plugin.json asks for a transform (the toolbar's): the registry
    // refuses a load before one is registered.
    const user = { refreshInterval: 5, panelSide: 'left' };
    const withToolbar = await loadedSettings(user, new CommandRegistry());
    expect(withToolbar.current).toMatchObject(user);
    expect(withToolbar.toolbar).not.toBeNull();
    const without = await loadedSettings(user, null);
    expect(without.current).toMatchObject(user);
    expect(without.toolbar).toBeNull();
  });
});

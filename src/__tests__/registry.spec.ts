/**
 * The plugins as JupyterLab starts them: registered in a plugin registry
 * beside stand-ins for JupyterLab's services, activated, then checked against
 * what JupyterLab pairs with them by id (package.json's schemaDir, the
 * schemas' menus) and against each other (the panel the commands show).
 * No plugin id is written here: renaming one consistently passes, a pairing
 * that no longer resolves fails.
 */
import * as fs from 'fs';
import * as path from 'path';

import { ILayoutRestorer } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';
import { IPlugin, PluginRegistry, Token } from '@lumino/coreutils';
import { Widget } from '@lumino/widgets';

import plugins from '../index';
import { fakeServer, json } from './server';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')
);

/**
 * The settings schemas by the plugin id JupyterLab gives each:
 * `<package name>:<file name without .json>`.
 */
function settingsSchemas(): Map<string, Record<string, unknown>> {
  const directory = path.join(ROOT, PACKAGE.jupyterlab.schemaDir);
  return new Map(
    fs
      .readdirSync(directory)
      .filter(name => name.endsWith('.json'))
      .map(name => [
        `${PACKAGE.name}:${name.replace(/\.json$/, '')}`,
        JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8'))
      ])
  );
}

/**
 * Every command a schema names (menus, context menus, toolbars, shortcuts).
 */
function commandsNamedIn(value: unknown, found = new Set<string>()) {
  if (Array.isArray(value)) {
    value.forEach(item => commandsNamedIn(item, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'command' && typeof item === 'string') {
        found.add(item);
      } else {
        commandsNamedIn(item, found);
      }
    }
  }
  return found;
}

function standIn<T>(token: Token<T>, service: T): IPlugin<unknown, T> {
  return {
    id: `stand-in:${token.name}`,
    autoStart: true,
    provides: token,
    activate: () => service
  };
}

/**
 * The plugins activated in a registry, with what they asked of JupyterLab.
 */
async function startUp() {
  const seen = {
    shell: [] as Widget[],
    activated: [] as string[],
    restored: [] as Array<[Widget, string]>,
    settingsLoaded: [] as string[],
    palette: [] as string[]
  };
  const app = {
    commands: new CommandRegistry(),
    serviceManager: {
      serverSettings: fakeServer(() => json({ message: 'not here' }, 404))
        .settings
    },
    // Never restored: no report is fetched at start-up, none is needed here.
    restored: new Promise<void>(() => undefined),
    shell: {
      currentWidget: null,
      add: (widget: Widget) => void seen.shell.push(widget),
      activateById: (id: string) => void seen.activated.push(id),
      widgets: () => [][Symbol.iterator]()
    },
    contextMenuHitTest: () => undefined
  };
  const settingRegistry = {
    load: (id: string) => {
      seen.settingsLoaded.push(id);
      return new Promise(() => undefined);
    },
    // schema/plugin.json asks for a transform (its toolbar) before a load.
    transform: () => ({ dispose: () => undefined, isDisposed: false })
  } as unknown as ISettingRegistry;
  const restorer = {
    add: (widget: Widget, name: string) =>
      void seen.restored.push([widget, name]),
    restored: Promise.resolve()
  } as unknown as ILayoutRestorer;
  const palette = {
    addItem: (options: { command: string }) => {
      seen.palette.push(options.command);
      return { dispose: () => undefined, isDisposed: false };
    }
  } as unknown as ICommandPalette;

  const registry = new PluginRegistry();
  registry.application = app;
  registry.registerPlugins([
    standIn(ITranslator, nullTranslator),
    standIn(ISettingRegistry, settingRegistry),
    standIn(ILayoutRestorer, restorer),
    standIn(ICommandPalette, palette),
    ...(plugins as IPlugin<unknown, unknown>[])
  ]);
  await registry.activatePlugins('startUp');
  return { app, registry, seen };
}

describe('the plugins in a JupyterLab plugin registry', () => {
  it('should pair every settings schema with a plugin of its id', () => {
    const ids = new Set(plugins.map(plugin => plugin.id));
    for (const id of settingsSchemas().keys()) {
      expect(ids).toContain(id);
    }
  });

  it('should have ids JupyterLab can tell apart and disable with the package', () => {
    const ids = plugins.map(plugin => plugin.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id.startsWith(`${PACKAGE.name}:`)).toBe(true);
    }
  });

  it('should need no service but its own and JupyterLab’s', () => {
    const ours = new Set(plugins.map(plugin => plugin.provides));
    for (const plugin of plugins) {
      for (const token of plugin.requires ?? []) {
        if (!ours.has(token)) {
          expect(token.name).toMatch(/^@jupyterlab\//);
        }
      }
    }
  });

  it('should activate every plugin, each giving the service it provides', async () => {
    const { registry } = await startUp();
    for (const plugin of plugins) {
      expect([plugin.id, registry.isPluginActivated(plugin.id)]).toEqual([
        plugin.id,
        true
      ]);
      if (plugin.provides) {
        await expect(
          registry.resolveRequiredService(plugin.provides)
        ).resolves.toBeTruthy();
      }
    }
  });

  it('should load settings only under ids that have a schema', async () => {
    const { seen } = await startUp();
    const schemas = settingsSchemas();
    expect(seen.settingsLoaded.length).toBeGreaterThan(0);
    for (const id of seen.settingsLoaded) {
      expect(schemas.has(id)).toBe(true);
    }
  });

  it('should add every command its schemas and palette items name', async () => {
    const { app, seen } = await startUp();
    const named = new Set(seen.palette);
    for (const schema of settingsSchemas().values()) {
      commandsNamedIn(schema, named);
    }
    expect(named.size).toBeGreaterThan(0);
    for (const command of named) {
      expect([command, app.commands.hasCommand(command)]).toEqual([
        command,
        true
      ]);
    }
  });

  it('should hand the restorer a widget the shell holds, with an id', async () => {
    const { seen } = await startUp();
    expect(seen.restored.length).toBeGreaterThan(0);
    for (const [widget, name] of seen.restored) {
      expect(seen.shell).toContain(widget);
      expect(widget.id).toBeTruthy();
      expect(name).toBeTruthy();
    }
  });

  it('should show the panel the shell holds, and explain into it', async () => {
    const { app, seen } = await startUp();
    const ids = seen.shell.map(widget => widget.id);
    await app.commands.execute('isolation-info:show', {});
    expect(seen.activated.length).toBe(1);
    // The answer is a section of that same panel.
    await app.commands
      .execute('isolation-info:explain-path', { path: 'notes.txt' })
      .catch(() => undefined);
    expect(seen.activated.length).toBe(2);
    for (const id of seen.activated) {
      expect(ids).toContain(id);
    }
  });
});

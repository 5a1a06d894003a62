/**
 * The extension's plugins. Each wires one feature: the settings plugin
 * loads the settings once (IIsolationInfoSettings), the model provides the
 * report (IIsolationInfo), the commands plugin the kernel inspection
 * (IKernelInspection) and the explain plugin the explanations
 * (IExplanations); the sidebar, the status bar item and the kernel-death
 * notifier consume what they draw, as other extensions may.
 */
import {
  ILabShell,
  ILayoutRestorer,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import {
  ICommandPalette,
  IToolbarWidgetRegistry,
  setToolbar
} from '@jupyterlab/apputils';
import { IConsoleTracker } from '@jupyterlab/console';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IStateDB } from '@jupyterlab/statedb';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator } from '@jupyterlab/translation';
import { Signal } from '@lumino/signaling';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- the commands are in the palette from start-up
import {
  addReportCommands,
  addShowCommand,
  CommandIDs,
  REPORT_COMMANDS
} from './commands';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the current notebook or console is followed from start-up
import { CurrentSession, sessionTrackers } from './kernel';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the status item and commands share it from start-up
import { IsolationInfoModel } from './model';

import { DOMAIN } from './i18n';
import { kernelDeathPlugin } from './kerneldeath';
import { IsolationInfoSettings, SETTINGS_ID, watchSettings } from './settings';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the commands plugin provides it from start-up
import { KernelInspectionModel } from './inspection';
import {
  IExplanations,
  IIsolationInfo,
  IIsolationInfoSettings,
  IKernelInspection,
  ISpaceWalk
} from './tokens';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the sidebar tab exists from start-up
import { IsolationInfoPanel } from './views/panel';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the status bar item shows the report from start-up
import { IsolationStatus } from './views/status';
import { explainPlugin } from './explain/plugin';
import { explainErrorPlugin } from './walls/plugin';
import { spacePlugin } from './space/plugin';

export {
  IExplanations,
  IIsolationInfo,
  IIsolationInfoSettings,
  IKernelInspection,
  ISpaceWalk
} from './tokens';

/**
 * The settings (schema/plugin.json, this plugin's), loaded once for every
 * plugin of the extension.
 */
const settingsPlugin: JupyterFrontEndPlugin<IIsolationInfoSettings> = {
  id: SETTINGS_ID,
  description: 'Loads the Isolation Info settings.',
  autoStart: true,
  provides: IIsolationInfoSettings,
  requires: [ITranslator],
  optional: [ISettingRegistry, IToolbarWidgetRegistry],
  activate: (
    _app: JupyterFrontEnd,
    translator: ITranslator,
    settingRegistry: ISettingRegistry | null,
    toolbarRegistry: IToolbarWidgetRegistry | null
  ): IIsolationInfoSettings => {
    const settings = new IsolationInfoSettings();
    if (settingRegistry) {
      settings.load(
        settingRegistry,
        toolbarRegistry ? { registry: toolbarRegistry, translator } : null
      );
    }
    return settings;
  }
};

/**
 * The report: fetched once JupyterLab has restored its layout and is idle,
 * then polled while someone can see it.
 */
const modelPlugin: JupyterFrontEndPlugin<IIsolationInfo> = {
  id: 'jupyterlab-isolation-info:model',
  description: 'Provides the isolation report of this server.',
  autoStart: true,
  provides: IIsolationInfo,
  requires: [ITranslator, IIsolationInfoSettings],
  activate: (
    app: JupyterFrontEnd,
    _translator: ITranslator,
    settings: IIsolationInfoSettings
  ): IIsolationInfo => {
    const model = new IsolationInfoModel(app.serviceManager.serverSettings);
    watchSettings(settings, settings =>
      model.setRefreshInterval(settings.refreshInterval)
    );
    // Nothing is fetched while JupyterLab starts (unless the panel is restored
    // open): the first report is asked for once the layout is restored and the
    // browser is idle, so an always-on status item costs the launcher nothing.
    void app.restored.then(Private.whenIdle).then(() => model.start());
    return model;
  }
};

/**
 * The sidebar panel and the command that shows it.
 */
const sidebarPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:sidebar',
  description:
    'Shows who your code runs as, who that is on the host, and the walls around it.',
  autoStart: true,
  requires: [IIsolationInfo, ITranslator, IIsolationInfoSettings],
  optional: [
    IKernelInspection,
    IExplanations,
    ILayoutRestorer,
    ICommandPalette,
    ILabShell,
    IStateDB,
    ISpaceWalk
  ],
  activate: (
    app: JupyterFrontEnd,
    model: IIsolationInfo,
    translator: ITranslator,
    settings: IIsolationInfoSettings,
    inspection: IKernelInspection | null,
    explanations: IExplanations | null,
    restorer: ILayoutRestorer | null,
    palette: ICommandPalette | null,
    labShell: ILabShell | null,
    state: IStateDB | null,
    space: ISpaceWalk | null
  ) => {
    const trans = translator.load(DOMAIN);
    const panel = new IsolationInfoPanel({
      model,
      inspection,
      explanations,
      space,
      translator,
      commands: app.commands,
      state
    });
    // The buttons are the settings' toolbar items (schema/plugin.json), as
    // JupyterLab's own panels declare theirs.
    if (settings.toolbar) {
      setToolbar(panel, settings.toolbar);
    }
    let side: 'left' | 'right' | null = null;
    watchSettings(settings, settings => {
      if (settings.panelSide !== side) {
        side = settings.panelSide;
        app.shell.add(panel, side, { rank: 900 });
      }
    });
    restorer?.add(panel, 'isolation-info');
    addShowCommand(app.commands, {
      trans,
      panel,
      activate: () => app.shell.activateById(panel.id),
      collapse: labShell
        ? () =>
            side === 'left' ? labShell.collapseLeft() : labShell.collapseRight()
        : null
    });
    palette?.addItem({
      command: CommandIDs.show,
      category: trans.__('Isolation')
    });
  }
};

/**
 * The status bar item: the host uid and the worst finding.
 */
const statusPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-isolation-info:status',
  description: 'Shows the host uid and the worst finding in the status bar.',
  autoStart: true,
  requires: [IIsolationInfo, ITranslator, IIsolationInfoSettings],
  optional: [IStatusBar],
  activate: (
    app: JupyterFrontEnd,
    model: IIsolationInfo,
    translator: ITranslator,
    settings: IIsolationInfoSettings,
    statusBar: IStatusBar | null
  ) => {
    if (!statusBar) {
      return;
    }
    const trans = translator.load(DOMAIN);
    let shown = false;
    const changed = new Signal<IIsolationInfo, void>(model);
    const item = new IsolationStatus({
      model,
      trans,
      onClick: volume => {
        // A full volume the item names: the panel opens at its row.
        void app.commands.execute(
          CommandIDs.show,
          volume === null ? {} : { section: 'volumes', volume, focus: true }
        );
        if (model.state.status !== 'ready') {
          void model.refresh();
        }
      }
    });
    statusBar.registerStatusItem('isolation-info:status', {
      item,
      align: 'left',
      rank: 900,
      isActive: () => shown,
      activeStateChanged: changed
    });
    watchSettings(settings, settings => {
      if (settings.showStatusBar !== shown) {
        shown = settings.showStatusBar;
        // The item needs a report without the panel being opened.
        model.setActive('status', shown);
        changed.emit();
      }
    });
  }
};

/**
 * The commands acting on the report, in the palette.
 */
const commandsPlugin: JupyterFrontEndPlugin<IKernelInspection> = {
  id: 'jupyterlab-isolation-info:commands',
  description:
    'Refresh, probe, copy the report and inspect the kernel; provides the kernel inspection.',
  autoStart: true,
  provides: IKernelInspection,
  requires: [IIsolationInfo, ITranslator],
  optional: [ICommandPalette, INotebookTracker, IConsoleTracker],
  activate: (
    app: JupyterFrontEnd,
    model: IIsolationInfo,
    translator: ITranslator,
    palette: ICommandPalette | null,
    notebooks: INotebookTracker | null,
    consoles: IConsoleTracker | null
  ): IKernelInspection => {
    const trans = translator.load(DOMAIN);
    const session = new CurrentSession(
      app.shell,
      sessionTrackers(notebooks, consoles)
    );
    const inspection = new KernelInspectionModel(
      app.serviceManager.serverSettings
    );
    addReportCommands(app.commands, {
      model,
      inspection,
      trans,
      serverSettings: app.serviceManager.serverSettings,
      currentSession: () => session.current
    });
    // Inspect Kernel can run once the current notebook or console has a kernel.
    session.changed.connect(() =>
      app.commands.notifyCommandChanged(CommandIDs.inspectKernel)
    );
    for (const command of REPORT_COMMANDS) {
      palette?.addItem({ command, category: trans.__('Isolation') });
    }
    return inspection;
  }
};

export default [
  settingsPlugin,
  modelPlugin,
  sidebarPlugin,
  statusPlugin,
  commandsPlugin,
  kernelDeathPlugin,
  explainPlugin,
  explainErrorPlugin,
  spacePlugin
];

namespace Private {
  /**
   * Resolves when the browser has nothing more urgent to do (at most 2 s on).
   */
  export function whenIdle(): Promise<void> {
    return new Promise(resolve => {
      if (typeof window.requestIdleCallback === 'function') {
        window.requestIdleCallback(() => resolve(), { timeout: 2000 });
      } else {
        window.setTimeout(resolve, 200);
      }
    });
  }
}

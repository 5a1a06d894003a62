import {
  ILabShell,
  ILayoutRestorer,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, ISessionContext } from '@jupyterlab/apputils';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IStateDB } from '@jupyterlab/statedb';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { Signal } from '@lumino/signaling';

// eslint-disable-next-line jupyter/prefer-lazy-imports -- the commands are in the palette from start-up
import { addCommands, CommandIDs, REPORT_COMMANDS } from './commands';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the type guard runs on every current-widget change from start-up
import { isSessionWidget } from './kernel';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the status item and commands share it from start-up
import { IsolationInfoModel } from './model';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the sidebar tab exists from start-up
import { IsolationInfoPanel } from './panel/panel';
import { explainPlugin } from './explain/plugin';
import { IIsolationSettings, readSettings } from './settings';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the status item exists from start-up
import { IsolationStatus } from './statusbar';

const PLUGIN_ID = 'jupyterlab-isolation-info:plugin';

/**
 * The sidebar panel, the "Show Isolation Info" command and the status bar item.
 */
const plugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description:
    'Shows who your code runs as, who that is on the host, and the walls around it.',
  autoStart: true,
  requires: [ITranslator],
  optional: [
    ICommandPalette,
    ILayoutRestorer,
    ISettingRegistry,
    IStatusBar,
    ILabShell,
    IStateDB
  ],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator | null,
    palette: ICommandPalette | null,
    restorer: ILayoutRestorer | null,
    settingRegistry: ISettingRegistry | null,
    statusBar: IStatusBar | null,
    labShell: ILabShell | null,
    state: IStateDB | null
  ) => {
    translator = translator ?? nullTranslator;
    const trans = translator.load('jupyterlab_isolation_info');
    const model = new IsolationInfoModel(app.serviceManager.serverSettings);
    // The notebook or console the user last looked at: the code they run.
    let lastSession: ISessionContext | null = null;
    const currentSession = (): ISessionContext | null => {
      const widget = app.shell.currentWidget;
      if (isSessionWidget(widget)) {
        return widget.sessionContext;
      }
      return lastSession && !lastSession.isDisposed ? lastSession : null;
    };
    const category = trans.__('Isolation');
    addCommands(app.commands, {
      model,
      trans,
      serverSettings: app.serviceManager.serverSettings,
      currentSession,
      // The panel is made below, before any command can run.
      notify: message => panel.notify(message),
      reveal: section => {
        app.shell.activateById(panel.id);
        panel.revealSection(section, { focus: false });
      }
    });
    // Inspect Kernel can run once the current notebook or console has a kernel.
    const kernelMayHaveChanged = () =>
      app.commands.notifyCommandChanged(CommandIDs.inspectKernel);
    labShell?.currentChanged.connect((_, change) => {
      if (
        isSessionWidget(change.newValue) &&
        change.newValue.sessionContext !== lastSession
      ) {
        lastSession?.sessionChanged.disconnect(kernelMayHaveChanged);
        lastSession?.kernelChanged.disconnect(kernelMayHaveChanged);
        lastSession = change.newValue.sessionContext;
        lastSession.sessionChanged.connect(kernelMayHaveChanged);
        lastSession.kernelChanged.connect(kernelMayHaveChanged);
      }
      kernelMayHaveChanged();
    });
    const panel = new IsolationInfoPanel({
      model,
      translator,
      commands: app.commands,
      state
    });
    let current: IIsolationSettings = readSettings(null);
    app.shell.add(panel, current.panelSide, { rank: 900 });
    restorer?.add(panel, 'isolation-info');

    const show = () => {
      app.shell.activateById(panel.id);
    };
    app.commands.addCommand(CommandIDs.show, {
      label: trans.__('Show Isolation Info'),
      caption: trans.__('Open the Isolation Info panel'),
      describedBy: { args: { type: 'object', properties: {} } },
      icon: args => (args.isPalette ? undefined : panel.title.icon),
      execute: () => {
        if (panel.isVisible && labShell) {
          // A second run of the command closes the panel, as sidebar tabs do.
          if (current.panelSide === 'right') {
            labShell.collapseRight();
          } else {
            labShell.collapseLeft();
          }
          return;
        }
        show();
      }
    });
    for (const command of [CommandIDs.show, ...REPORT_COMMANDS]) {
      palette?.addItem({ command, category });
    }

    const statusVisibilityChanged = new Signal<typeof plugin, void>(plugin);
    statusBar?.registerStatusItem('isolation-info:status', {
      item: new IsolationStatus({
        model,
        trans,
        onClick: () => {
          show();
          if (model.state.status !== 'ready') {
            void model.refresh();
          }
        }
      }),
      align: 'left',
      rank: 900,
      isActive: () => current.showStatusBar,
      activeStateChanged: statusVisibilityChanged
    });

    // Poll only while the page is visible and someone can see the result.
    const standby = () =>
      document.visibilityState === 'hidden' ||
      (!panel.isVisible && !current.showStatusBar);

    let started = false;
    const apply = (next: IIsolationSettings) => {
      const previous = current;
      current = next;
      if (next.panelSide !== previous.panelSide) {
        app.shell.add(panel, next.panelSide, { rank: 900 });
      }
      if (started) {
        model.setRefreshInterval(next.refreshInterval, standby);
      }
      if (next.showStatusBar !== previous.showStatusBar) {
        statusVisibilityChanged.emit();
      }
    };
    apply(current);
    // Nothing is fetched while JupyterLab starts (unless the panel is restored
    // open): the first report is asked for once the layout is restored and the
    // browser is idle, so an always-on status item costs the launcher nothing.
    void app.restored.then(Private.whenIdle).then(() => {
      started = true;
      if (current.showStatusBar) {
        // The status bar item needs a report without the panel being opened.
        void model.refresh();
      }
      model.setRefreshInterval(current.refreshInterval, standby);
    });

    if (settingRegistry) {
      void settingRegistry
        .load(PLUGIN_ID)
        .then(settings => {
          apply(readSettings(settings));
          settings.changed.connect(() => apply(readSettings(settings)));
        })
        .catch(reason => {
          console.error('Failed to load settings for isolation-info.', reason);
        });
    }
  }
};

export default [plugin, explainPlugin];

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

import {
  ILabShell,
  ILayoutRestorer,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, ISessionContext } from '@jupyterlab/apputils';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { Signal } from '@lumino/signaling';

import { IsolationInfoModel } from './model';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the sidebar tab exists from start-up
import { IsolationInfoPanel } from './panel/panel';
import { IIsolationSettings, readSettings } from './settings';
// eslint-disable-next-line jupyter/prefer-lazy-imports -- the status item exists from start-up
import { IsolationStatus } from './statusbar';

namespace CommandIDs {
  export const show = 'isolation-info:show';
}

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
    ILabShell
  ],
  activate: (
    app: JupyterFrontEnd,
    translator: ITranslator | null,
    palette: ICommandPalette | null,
    restorer: ILayoutRestorer | null,
    settingRegistry: ISettingRegistry | null,
    statusBar: IStatusBar | null,
    labShell: ILabShell | null
  ) => {
    translator = translator ?? nullTranslator;
    const trans = translator.load('jupyterlab_isolation_info');
    const model = new IsolationInfoModel(app.serviceManager.serverSettings);
    // The notebook or console the user last looked at: the code they run.
    let lastSession: ISessionContext | null = null;
    labShell?.currentChanged.connect((_, change) => {
      const widget = change.newValue as {
        sessionContext?: ISessionContext;
      } | null;
      if (widget?.sessionContext) {
        lastSession = widget.sessionContext;
      }
    });
    const panel = new IsolationInfoPanel({
      model,
      translator,
      currentSession: () => {
        const current = app.shell.currentWidget as {
          sessionContext?: ISessionContext;
        } | null;
        if (current?.sessionContext) {
          return current.sessionContext;
        }
        return lastSession && !lastSession.isDisposed ? lastSession : null;
      },
      serverSettings: app.serviceManager.serverSettings
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
    palette?.addItem({
      command: CommandIDs.show,
      category: trans.__('Isolation')
    });

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

    const apply = (next: IIsolationSettings) => {
      const previous = current;
      current = next;
      if (next.panelSide !== previous.panelSide) {
        app.shell.add(panel, next.panelSide, { rank: 900 });
      }
      model.setRefreshInterval(next.refreshInterval, standby);
      if (next.showStatusBar !== previous.showStatusBar) {
        statusVisibilityChanged.emit();
      }
    };
    apply(current);
    if (current.showStatusBar) {
      // The status bar item needs a report without the panel being opened.
      void model.refresh();
    }

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

export default plugin;

import { Clipboard, ISessionContext } from '@jupyterlab/apputils';
import { ServerConnection } from '@jupyterlab/services';
import { TranslationBundle } from '@jupyterlab/translation';
import {
  copyIcon,
  jsonIcon,
  kernelIcon,
  refreshIcon,
  runIcon
} from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { DisposableSet, IDisposable } from '@lumino/disposable';

import { fetchMarkdown } from './api';
import { IsolationInfoModel } from './model';

/**
 * Every command of the extension, in one namespace.
 */
export namespace CommandIDs {
  export const show = 'isolation-info:show';
  export const refresh = 'isolation-info:refresh';
  export const probe = 'isolation-info:probe';
  export const copyMarkdown = 'isolation-info:copy-markdown';
  export const copyJSON = 'isolation-info:copy-json';
  export const inspectKernel = 'isolation-info:inspect-kernel';
}

/**
 * The commands acting on the report, in the order the toolbar shows them.
 */
export const REPORT_COMMANDS = [
  CommandIDs.refresh,
  CommandIDs.probe,
  CommandIDs.copyMarkdown,
  CommandIDs.copyJSON,
  CommandIDs.inspectKernel
];

export interface ICommandOptions {
  model: IsolationInfoModel;
  trans: TranslationBundle;
  serverSettings: ServerConnection.ISettings;
  /**
   * The session of the notebook or console the user is looking at.
   */
  currentSession: () => ISessionContext | null;
  /**
   * Tell the user what a command did (the panel's status line).
   */
  notify: (message: string) => void;
  /**
   * Show the panel open at a section, where a command's result appears.
   */
  reveal?: (section: string) => void;
}

/**
 * Add the report commands; each is enabled only when it can run, and says
 * so again whenever the model changes.
 */
export function addCommands(
  commands: CommandRegistry,
  options: ICommandOptions
): IDisposable {
  const { model, trans, notify } = options;
  const ready = () => model.state.status === 'ready';
  const report = () => {
    const state = model.state;
    return state.status === 'ready' ? state.report : null;
  };
  const noArgs = { args: { type: 'object', properties: {} } };
  // Toolbar buttons (args.toolbar) show the icon alone, named by the caption,
  // on every JupyterLab 4 (4.0's button has no way to hide a label).
  const toolbarIcon =
    <T>(icon: T) =>
    (args: { isPalette?: unknown }) =>
      args.isPalette ? undefined : icon;

  const disposables = new DisposableSet();
  disposables.add(
    commands.addCommand(CommandIDs.refresh, {
      label: args => (args.toolbar ? '' : trans.__('Refresh Isolation Report')),
      caption: trans.__('Collect the isolation report again'),
      describedBy: noArgs,
      icon: toolbarIcon(refreshIcon),
      execute: () => model.refresh({ force: true })
    })
  );
  disposables.add(
    commands.addCommand(CommandIDs.probe, {
      label: args => (args.toolbar ? '' : trans.__('Probe Network Endpoints')),
      caption: trans.__(
        'Probe the endpoints the server is configured to probe (off unless enabled on the server)'
      ),
      describedBy: noArgs,
      icon: toolbarIcon(runIcon),
      isEnabled: () => ready() && !model.probing,
      execute: () => model.probe()
    })
  );
  disposables.add(
    commands.addCommand(CommandIDs.copyMarkdown, {
      label: args =>
        args.toolbar ? '' : trans.__('Copy Isolation Report as Markdown'),
      caption: trans.__('Copy the isolation report as Markdown'),
      describedBy: noArgs,
      icon: toolbarIcon(copyIcon),
      isEnabled: ready,
      execute: async () => {
        try {
          const markdown: unknown = await fetchMarkdown(options.serverSettings);
          if (typeof markdown !== 'string') {
            // A server extension older than this frontend sends JSON.
            throw new Error(
              trans.__(
                'the server sent no Markdown; update the server extension'
              )
            );
          }
          Clipboard.copyToSystem(markdown);
          notify(trans.__('Copied the report as Markdown.'));
        } catch (error) {
          notify(
            trans.__(
              'Could not copy the report as Markdown: %1',
              error instanceof Error ? error.message : String(error)
            )
          );
        }
      }
    })
  );
  disposables.add(
    commands.addCommand(CommandIDs.copyJSON, {
      label: args =>
        args.toolbar ? '' : trans.__('Copy Isolation Report as JSON'),
      caption: trans.__('Copy the isolation report as JSON'),
      describedBy: noArgs,
      icon: toolbarIcon(jsonIcon),
      isEnabled: ready,
      execute: () => {
        const current = report();
        if (!current) {
          return;
        }
        Clipboard.copyToSystem(JSON.stringify(current, null, 2));
        notify(trans.__('Copied the report as JSON.'));
      }
    })
  );
  disposables.add(
    commands.addCommand(CommandIDs.inspectKernel, {
      label: args => (args.toolbar ? '' : trans.__('Inspect Kernel Isolation')),
      caption: trans.__(
        'Collect the report inside the current notebook’s or console’s kernel'
      ),
      describedBy: noArgs,
      icon: toolbarIcon(kernelIcon),
      isEnabled: () =>
        !!options.currentSession()?.session?.kernel &&
        !(model.inspection && model.inspection.result === null),
      execute: () => {
        const inspecting = model.inspectKernel(options.currentSession());
        options.reveal?.('inspect');
        return inspecting;
      }
    })
  );

  const changed = () => {
    for (const id of REPORT_COMMANDS) {
      if (commands.hasCommand(id)) {
        commands.notifyCommandChanged(id);
      }
    }
  };
  model.stateChanged.connect(changed);
  model.inspectionChanged.connect(changed);
  disposables.add({
    isDisposed: false,
    dispose() {
      model.stateChanged.disconnect(changed);
      model.inspectionChanged.disconnect(changed);
    }
  });
  return disposables;
}

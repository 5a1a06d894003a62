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

import { fetchMarkdown } from './request';
import { IIsolationInfo, IKernelInspection } from './tokens';

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
  export const explainInKernel = 'isolation-info:explain-in-kernel';
  export const showSpace = 'isolation-info:show-space';
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
  model: IIsolationInfo;
  /**
   * The kernel inspection the Inspect Kernel command runs.
   */
  inspection: IKernelInspection;
  trans: TranslationBundle;
  serverSettings: ServerConnection.ISettings;
  /**
   * The session of the notebook or console the user is looking at.
   */
  currentSession: () => ISessionContext | null;
}

/** The arguments schema of a command that takes none. */
export const NO_ARGS = { args: { type: 'object', properties: {} } };

/**
 * The arguments schema of a command that takes one optional `path`, from the
 * file browser's root (`description` says what it is for).
 */
export function pathArgs(description: string) {
  return {
    args: {
      type: 'object',
      properties: { path: { type: 'string', description } }
    }
  };
}

/**
 * A toolbar command's label and icon: toolbar buttons (args.toolbar) show the
 * icon alone, named by the caption, on every JupyterLab 4 (4.0's button has
 * no way to hide a label); the palette shows the label alone.
 */
const labelAndIcon = <T>(label: string, icon: T) => ({
  label: (args: { toolbar?: unknown }) => (args.toolbar ? '' : label),
  icon: (args: { isPalette?: unknown }) => (args.isPalette ? undefined : icon)
});

/**
 * What the show command needs of the sidebar.
 */
export interface IShowOptions {
  trans: TranslationBundle;
  /**
   * The sidebar panel: its id, title icon and whether it is visible.
   */
  panel: {
    readonly id: string;
    readonly isVisible: boolean;
    readonly title: { icon: unknown };
    revealSection(
      id: string,
      options?: { focus?: boolean; volume?: string }
    ): void;
  };
  /**
   * Bring the panel forward in its sidebar.
   */
  activate: () => void;
  /**
   * Close the sidebar the panel is in, or null where the shell cannot.
   */
  collapse: (() => void) | null;
}

/**
 * Show Isolation Info: opens the panel (at `section`, when given), or closes
 * it when it is open, as sidebar tabs do.
 */
export function addShowCommand(
  commands: CommandRegistry,
  options: IShowOptions
): IDisposable {
  const { trans, panel } = options;
  return commands.addCommand(CommandIDs.show, {
    label: trans.__('Show Isolation Info'),
    caption: trans.__('Open the Isolation Info panel'),
    describedBy: {
      args: {
        type: 'object',
        properties: {
          section: {
            type: 'string',
            description: trans.__('The section to open and scroll to')
          },
          focus: {
            type: 'boolean',
            description: trans.__("Whether to focus the section's heading")
          },
          volume: {
            type: 'string',
            description: trans.__(
              'In the volumes section: the mount point of the volume whose row to scroll to and focus'
            )
          }
        }
      }
    },
    icon: args => (args.isPalette ? undefined : (panel.title.icon as never)),
    execute: args => {
      const section = typeof args.section === 'string' ? args.section : null;
      if (!section && panel.isVisible && options.collapse) {
        options.collapse();
        return;
      }
      options.activate();
      if (section) {
        panel.revealSection(section, {
          focus: args.focus !== false,
          volume: typeof args.volume === 'string' ? args.volume : undefined
        });
      }
    }
  });
}

/**
 * Add the report commands; each is enabled only when it can run, and says
 * so again whenever the model changes.
 */
export function addReportCommands(
  commands: CommandRegistry,
  options: ICommandOptions
): IDisposable {
  const { model, inspection, trans } = options;
  const notify = (message: string) => model.notify(message);
  const ready = () => model.state.status === 'ready';
  const noArgs = NO_ARGS;

  const disposables = new DisposableSet();
  disposables.add(
    commands.addCommand(CommandIDs.refresh, {
      ...labelAndIcon(trans.__('Refresh Isolation Report'), refreshIcon),
      caption: trans.__('Collect the isolation report again'),
      describedBy: noArgs,
      execute: () => model.refresh({ force: true })
    })
  );
  disposables.add(
    commands.addCommand(CommandIDs.probe, {
      ...labelAndIcon(trans.__('Probe Network Endpoints'), runIcon),
      caption: trans.__(
        'Probe the endpoints the server is configured to probe (off unless enabled on the server)'
      ),
      describedBy: noArgs,
      isEnabled: () => ready() && !model.probing,
      execute: () => model.probe()
    })
  );
  disposables.add(
    commands.addCommand(CommandIDs.copyMarkdown, {
      ...labelAndIcon(trans.__('Copy Isolation Report as Markdown'), copyIcon),
      caption: trans.__('Copy the isolation report as Markdown'),
      describedBy: noArgs,
      isEnabled: ready,
      execute: async () => {
        // The Markdown of the report on screen, by its ETag: never a newer one.
        const state = model.state;
        if (state.status !== 'ready') {
          return;
        }
        if (!state.etag) {
          notify(
            trans.__(
              'Could not copy the report as Markdown: %1',
              trans.__('the server sent no ETag; update the server extension')
            )
          );
          return;
        }
        try {
          const markdown = await fetchMarkdown(
            options.serverSettings,
            state.etag
          );
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
      ...labelAndIcon(trans.__('Copy Isolation Report as JSON'), jsonIcon),
      caption: trans.__('Copy the isolation report as JSON'),
      describedBy: noArgs,
      isEnabled: ready,
      execute: () => {
        const current = model.report;
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
      ...labelAndIcon(trans.__('Inspect Kernel Isolation'), kernelIcon),
      caption: trans.__(
        'Collect the report inside the current notebook’s or console’s kernel'
      ),
      describedBy: noArgs,
      isEnabled: () =>
        !!options.currentSession()?.session?.kernel &&
        !(inspection.inspection && inspection.inspection.result === null),
      execute: () => {
        const inspecting = inspection.inspect(options.currentSession());
        if (commands.hasCommand(CommandIDs.show)) {
          // The result appears in the panel's "Your code" section.
          void commands.execute(CommandIDs.show, {
            section: 'inspect',
            focus: false
          });
        }
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
  inspection.changed.connect(changed);
  disposables.add({
    isDisposed: false,
    dispose() {
      model.stateChanged.disconnect(changed);
      inspection.changed.disconnect(changed);
    }
  });
  return disposables;
}

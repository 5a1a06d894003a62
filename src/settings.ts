import {
  createToolbarFactory,
  IToolbarWidgetRegistry
} from '@jupyterlab/apputils';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator } from '@jupyterlab/translation';
import { ISignal, Signal } from '@lumino/signaling';

import type { IIsolationInfoSettings, IIsolationSettings } from './tokens';

export type { IIsolationSettings } from './tokens';

export const DEFAULT_SETTINGS: IIsolationSettings = {
  refreshInterval: 60,
  showStatusBar: true,
  panelSide: 'right'
};

/**
 * Read composite settings defensively: a value of the wrong type falls back
 * to its default instead of breaking the panel.
 */
export function readSettings(
  settings: Pick<ISettingRegistry.ISettings, 'composite'> | null
): IIsolationSettings {
  const composite = settings?.composite ?? {};
  const interval = composite.refreshInterval;
  const side = composite.panelSide;
  return {
    refreshInterval:
      typeof interval === 'number' && interval >= 0
        ? interval
        : DEFAULT_SETTINGS.refreshInterval,
    showStatusBar:
      typeof composite.showStatusBar === 'boolean'
        ? composite.showStatusBar
        : DEFAULT_SETTINGS.showStatusBar,
    panelSide: side === 'left' || side === 'right' ? side : 'right'
  };
}

export const SETTINGS_ID = 'jupyterlab-isolation-info:plugin';

/**
 * The panel toolbar's factory name: its items are declared under this name
 * in the settings' "jupyter.lab.toolbars" (schema/plugin.json), where users
 * and admins may reorder or hide them.
 */
export const TOOLBAR_FACTORY = 'IsolationInfo';

/**
 * The plugin's settings, loaded once (never awaited: start-up does not wait)
 * and shared through the IIsolationInfoSettings token.
 */
export class IsolationInfoSettings implements IIsolationInfoSettings {
  /**
   * The schema's defaults until the user's settings are loaded.
   */
  get current(): IIsolationSettings {
    return this._current;
  }

  get changed(): ISignal<this, IIsolationSettings> {
    return this._changed;
  }

  /**
   * The panel's toolbar items from the settings, once load() was given a
   * toolbar registry.
   */
  get toolbar(): ReturnType<typeof createToolbarFactory> | null {
    return this._toolbar;
  }

  /**
   * Load the user's settings from `registry` and follow their changes.
   * The settings hold the toolbar (schema/plugin.json sets
   * "jupyter.lab.transform"): its transform is registered first, through
   * JupyterLab's toolbar factory, or the registry refuses the load.
   */
  load(
    registry: ISettingRegistry,
    toolbar: {
      registry: IToolbarWidgetRegistry;
      translator: ITranslator;
    } | null
  ): void {
    if (toolbar) {
      this._toolbar = createToolbarFactory(
        toolbar.registry,
        registry,
        TOOLBAR_FACTORY,
        SETTINGS_ID,
        toolbar.translator
      );
    } else {
      // No toolbar to build: the settings pass through unchanged.
      registry.transform(SETTINGS_ID, {});
    }
    registry
      .load(SETTINGS_ID)
      .then(settings => {
        const apply = () => {
          this._current = readSettings(settings);
          this._changed.emit(this._current);
        };
        apply();
        settings.changed.connect(apply);
      })
      .catch(reason => {
        console.error('Failed to load settings for isolation-info.', reason);
      });
  }

  private _toolbar: ReturnType<typeof createToolbarFactory> | null = null;
  private _current = readSettings(null);
  private _changed = new Signal<this, IIsolationSettings>(this);
}

/**
 * Call `apply` with the settings now, and again whenever they change.
 */
export function watchSettings(
  settings: IIsolationInfoSettings,
  apply: (settings: IIsolationSettings) => void
): void {
  apply(settings.current);
  settings.changed.connect((_, current) => apply(current));
}

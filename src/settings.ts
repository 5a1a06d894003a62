import { ISettingRegistry } from '@jupyterlab/settingregistry';
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
   * Load the user's settings from `registry` and follow their changes.
   */
  load(registry: ISettingRegistry): void {
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

import { ISettingRegistry } from '@jupyterlab/settingregistry';

/**
 * The plugin's settings, with the schema's defaults when none are loaded.
 */
export interface IIsolationSettings {
  refreshInterval: number;
  showStatusBar: boolean;
  panelSide: 'left' | 'right';
}

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
 * Call `apply` with the defaults now, then with the user's settings once
 * loaded and whenever they change. Never awaited: start-up does not wait.
 */
export function watchSettings(
  registry: ISettingRegistry | null,
  apply: (settings: IIsolationSettings) => void
): void {
  apply(readSettings(null));
  if (!registry) {
    return;
  }
  registry
    .load(SETTINGS_ID)
    .then(settings => {
      apply(readSettings(settings));
      settings.changed.connect(() => apply(readSettings(settings)));
    })
    .catch(reason => {
      console.error('Failed to load settings for isolation-info.', reason);
    });
}

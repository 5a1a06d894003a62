import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { Signal } from '@lumino/signaling';

import {
  DEFAULT_SETTINGS,
  IsolationInfoSettings,
  readSettings,
  SETTINGS_ID,
  watchSettings
} from '../settings';

describe('readSettings', () => {
  it('should use the defaults without settings', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('should take valid values', () => {
    expect(
      readSettings({
        composite: {
          refreshInterval: 0,
          showStatusBar: false,
          panelSide: 'left'
        }
      })
    ).toEqual({ refreshInterval: 0, showStatusBar: false, panelSide: 'left' });
  });

  it('should fall back to defaults for values of the wrong kind', () => {
    expect(
      readSettings({
        composite: {
          refreshInterval: -5,
          showStatusBar: 'yes',
          panelSide: 'top'
        }
      })
    ).toEqual(DEFAULT_SETTINGS);
  });
});

describe('IsolationInfoSettings', () => {
  /**
   * A registry whose one plugin's settings the test changes.
   */
  function fakeRegistry() {
    const changed = new Signal<unknown, void>({});
    const settings = {
      composite: { refreshInterval: 5 } as Record<string, unknown>,
      changed
    };
    const loads: string[] = [];
    const registry = {
      load: async (id: string) => {
        loads.push(id);
        return settings;
      },
      transform: () => ({ dispose: () => undefined })
    } as unknown as ISettingRegistry;
    return { registry, settings, changed, loads };
  }

  it('should load the settings once for every plugin that watches them', async () => {
    const { registry, settings, changed, loads } = fakeRegistry();
    const shared = new IsolationInfoSettings();
    const seen: number[][] = [[], [], []];
    for (const list of seen) {
      watchSettings(shared, current => list.push(current.refreshInterval));
    }
    shared.load(registry, null);
    await new Promise(resolve => setTimeout(resolve, 0));
    settings.composite = { refreshInterval: 0 };
    changed.emit();
    expect(loads).toEqual([SETTINGS_ID]);
    // The defaults first, then the user's, then their change.
    for (const list of seen) {
      expect(list).toEqual([60, 5, 0]);
    }
  });
});

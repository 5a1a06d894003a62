import { DEFAULT_SETTINGS, readSettings } from '../settings';

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

import { ITranslator } from '@jupyterlab/translation';

import plugins from '../index';
import { IIsolationInfo } from '../tokens';

describe('plugins', () => {
  it('should be the model, which provides the token, and three that consume it', () => {
    expect(plugins.map(plugin => plugin.id)).toEqual([
      'jupyterlab-isolation-info:plugin',
      'jupyterlab-isolation-info:sidebar',
      'jupyterlab-isolation-info:status',
      'jupyterlab-isolation-info:commands'
    ]);
    const [model, ...consumers] = plugins;
    expect(model.provides).toBe(IIsolationInfo);
    for (const plugin of consumers) {
      expect(plugin.requires).toEqual([IIsolationInfo, ITranslator]);
      expect(plugin.autoStart).toBe(true);
      expect(plugin.description).toBeTruthy();
    }
    expect(model.requires).toEqual([ITranslator]);
  });
});

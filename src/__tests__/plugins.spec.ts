import { ITranslator } from '@jupyterlab/translation';

import plugins from '../index';
import { IIsolationInfo } from '../tokens';

describe('plugins', () => {
  it('should be the model, which provides the token, three that consume it, and the kernel-death notifier', () => {
    expect(plugins.map(plugin => plugin.id)).toEqual([
      'jupyterlab-isolation-info:plugin',
      'jupyterlab-isolation-info:sidebar',
      'jupyterlab-isolation-info:status',
      'jupyterlab-isolation-info:commands',
      'jupyterlab-isolation-info:kernel-death'
    ]);
    const [model, ...others] = plugins;
    const consumers = others.slice(0, 3);
    // The notifier asks the server about a death; it needs no report.
    const notifier = others[3];
    expect(notifier.requires).toEqual([ITranslator]);
    expect(notifier.autoStart).toBe(true);
    expect(model.provides).toBe(IIsolationInfo);
    for (const plugin of consumers) {
      expect(plugin.requires).toEqual([IIsolationInfo, ITranslator]);
      expect(plugin.autoStart).toBe(true);
      expect(plugin.description).toBeTruthy();
    }
    expect(model.requires).toEqual([ITranslator]);
  });
});

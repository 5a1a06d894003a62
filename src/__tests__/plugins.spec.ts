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
      'jupyterlab-isolation-info:kernel-death',
      'jupyterlab-isolation-info:explain'
    ]);
    const [model, ...rest] = plugins;
    const consumers = rest.slice(0, 3);
    // The notifier asks the server about a death; it needs no report.
    const notifier = rest[3];
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

  it('should explain paths into the Isolation panel, from the file browser and the palette', () => {
    const explain = plugins[plugins.length - 1];
    expect(explain.requires).toEqual([IIsolationInfo, ITranslator]);
    expect(explain.autoStart).toBe(true);
  });
});

import { ITranslator } from '@jupyterlab/translation';

import plugins from '../index';
import {
  IExplanations,
  IIsolationInfo,
  IIsolationInfoSettings,
  IKernelInspection
} from '../tokens';

describe('plugins', () => {
  const byId = (id: string) =>
    plugins.find(plugin => plugin.id === `jupyterlab-isolation-info:${id}`)!;

  // That the ids resolve (settings schemas, commands, the restorer) is registry.spec.ts's:
  // the plugins started in a plugin registry, no id written down.
  it('should start each plugin at start-up, described, with the translator', () => {
    for (const plugin of plugins) {
      expect(plugin.autoStart).toBe(true);
      expect(plugin.description).toBeTruthy();
      expect(plugin.requires).toContain(ITranslator);
    }
  });

  it('should load the settings once, in the plugin that owns them', () => {
    // The settings schema (schema/plugin.json) is this plugin's.
    expect(byId('plugin').provides).toBe(IIsolationInfoSettings);
    expect(byId('plugin').requires).toEqual([ITranslator]);
    expect(byId('model').provides).toBe(IIsolationInfo);
    expect(byId('model').requires).toEqual([
      ITranslator,
      IIsolationInfoSettings
    ]);
    for (const id of ['sidebar', 'status']) {
      expect(byId(id).requires).toEqual([
        IIsolationInfo,
        ITranslator,
        IIsolationInfoSettings
      ]);
    }
  });

  it('should let the commands consume the report and provide the kernel inspection', () => {
    expect(byId('commands').requires).toEqual([IIsolationInfo, ITranslator]);
    expect(byId('commands').provides).toBe(IKernelInspection);
  });

  it('should let explain provide the explanations without the report', () => {
    expect(byId('explain').requires).toEqual([ITranslator]);
    expect(byId('explain').provides).toBe(IExplanations);
  });

  it('should let the sidebar draw the inspection and the explanations when there', () => {
    expect(byId('sidebar').optional).toEqual(
      expect.arrayContaining([IKernelInspection, IExplanations])
    );
  });

  it('should let the notifier ask the server about a death without the report', () => {
    expect(byId('kernel-death').requires).toEqual([ITranslator]);
  });
});

import { ServerConnection } from '@jupyterlab/services';
import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';

import { IsolationInfoModel } from '../model';
import { IsolationInfoPanel } from '../views/panel';
import { VERSION } from '../version';

declare const require: (path: string) => { version: string };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const packageVersion = require('../../package.json').version;

describe('VERSION', () => {
  it('should be the version in package.json', () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(VERSION).toBe(packageVersion);
  });

  it("should be in the sidebar tab's tooltip", () => {
    const model = new IsolationInfoModel(ServerConnection.makeSettings());
    const panel = new IsolationInfoPanel({
      model,
      translator: nullTranslator,
      commands: new CommandRegistry()
    });
    expect(panel.title.caption).toBe(`Isolation Info ${packageVersion}`);
    panel.dispose();
  });
});

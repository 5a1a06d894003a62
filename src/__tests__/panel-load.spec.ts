/**
 * The panel's view code is fetched from the server the first time the panel
 * is shown: while it loads the panel says so, and a failed load says why and
 * can be tried again.
 */
import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';
import { Widget } from '@lumino/widgets';

import { IsolationInfoModel } from '../model';
import { IsolationInfoPanel } from '../views/panel';
import { goldenReport } from './golden';
import { rendered, settled } from './render';
import { fakeServer, json } from './server';

// While `failing`, loading the view's chunk fails, as a chunk the server
// did not serve does; then the real module loads.
let failing = true;
let loads = 0;
jest.mock('../views/report', () => {
  loads += 1;
  if (failing) {
    throw new Error('Loading chunk 621 failed.');
  }
  return jest.requireActual('../views/report');
});

function loading(panel: Widget): string | null {
  return (
    panel.node.querySelector('.jp-IsolationInfo-loading')?.textContent ?? null
  );
}

describe('the panel while its view loads', () => {
  it('should say it is loading, then why it failed, then draw on Try again', async () => {
    const model = new IsolationInfoModel(
      fakeServer(() => json(goldenReport('host-root'))).settings
    );
    const panel = new IsolationInfoPanel({
      model,
      translator: nullTranslator,
      commands: new CommandRegistry()
    });
    Widget.attach(panel, document.body);
    // Asked for on the first drawing, before the code has arrived.
    expect(loading(panel)).toBe('Loading the report view…');
    await expect(panel.rendered()).rejects.toThrow('Loading chunk 621 failed.');
    await settled();
    expect(loading(panel)).toBe(
      'The report view could not be loaded from the server: Loading chunk 621 failed. Try again'
    );
    expect(panel.node.querySelector('section')).toBeNull();

    const retry = Array.from(panel.node.querySelectorAll('button')).find(
      node => node.textContent === 'Try again'
    )!;
    failing = false;
    const before = loads;
    retry.click();
    await rendered(panel);
    expect(loads).toBe(before + 1);
    expect(panel.node.querySelector('.jp-IsolationInfo-loading')).toBeNull();
    expect(panel.node.querySelector('section')).not.toBeNull();
    expect(panel.content.widgets).toHaveLength(1);
    panel.dispose();
  });
});

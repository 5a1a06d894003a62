// The buttons in a real output area (JupyterLab's OutputArea and renderers),
// under the outputs that a wall caused and nowhere else.
import {
  OutputArea,
  OutputAreaModel,
  IOutputAreaModel
} from '@jupyterlab/outputarea';
import {
  RenderMimeRegistry,
  standardRendererFactories
} from '@jupyterlab/rendermime';
import { nullTranslator } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { outputsOf } from './errorOutputs';
import { WallAction } from '../walls/action';
import { IOutputCell, watchOutputs } from '../walls/plugin';

const trans = nullTranslator.load('jupyterlab_isolation_info');

/** A code cell by the shape the plugin reads: a model and its output area. */
function cellWith(outputs: unknown[]): {
  cell: IOutputCell;
  area: OutputArea;
  model: IOutputAreaModel;
  clicked: WallAction[];
} {
  const model = new OutputAreaModel({ trusted: false });
  const rendermime = new RenderMimeRegistry({
    initialFactories: standardRendererFactories
  });
  const area = new OutputArea({ model, rendermime });
  const cell = Object.assign(new Widget(), {
    model: { type: 'code', outputs: model },
    outputArea: area,
    ready: Promise.resolve()
  }) as unknown as IOutputCell;
  Widget.attach(area, document.body);
  const clicked: WallAction[] = [];
  watchOutputs(cell, trans, action => clicked.push(action));
  for (const output of outputs) {
    model.add(output as any);
  }
  return { cell, area, model, clicked };
}

/** Wait for the idle read (requestIdleCallback is absent here: a timeout). */
const settled = () => new Promise(resolve => setTimeout(resolve, 20));

function buttonsUnder(area: OutputArea): string[][] {
  return area.widgets.map(child =>
    Array.from(child.node.querySelectorAll('button')).map(
      b => b.getAttribute('aria-label') ?? ''
    )
  );
}

describe('walls', () => {
  describe('watchOutputs', () => {
    it('should put one button under each output a wall caused', async () => {
      const { area } = cellWith([
        outputsOf('bang-cat')[0],
        outputsOf('zero-division')[0],
        outputsOf('eacces-open')[0]
      ]);
      await settled();
      expect(buttonsUnder(area)).toEqual([
        ['Explain this error: Permission denied (cat): /mnt/locked/secret.txt'],
        [],
        [
          'Explain this error: Permission denied: /opt/ml/metadata/resource-metadata.json'
        ]
      ]);
      // Each inside its own output's row, after the output.
      const row = area.widgets[2].node;
      expect(row.lastElementChild?.querySelector('button')).not.toBeNull();
      expect(row.querySelector('.jp-OutputArea-output')?.textContent).toContain(
        'PermissionError'
      );
    });

    it('should offer nothing for ordinary errors', async () => {
      const { area } = cellWith([
        outputsOf('zero-division')[0],
        outputsOf('key-error')[0]
      ]);
      await settled();
      expect(area.node.querySelectorAll('button')).toHaveLength(0);
    });

    it('should follow a stream as it grows and as outputs are cleared', async () => {
      const { area, model } = cellWith([
        { output_type: 'stream', name: 'stdout', text: 'cat: /x: Permis' }
      ]);
      await settled();
      expect(buttonsUnder(area)).toEqual([[]]);
      model.add({
        output_type: 'stream',
        name: 'stdout',
        text: 'sion denied\n'
      });
      await settled();
      expect(buttonsUnder(area)).toEqual([
        ['Explain this error: Permission denied (cat): /x']
      ]);
      model.clear();
      await settled();
      expect(area.node.querySelectorAll('button')).toHaveLength(0);
    });

    it('should keep a path with markup and terminal escapes as text', async () => {
      const { area, clicked } = cellWith([
        outputsOf('eacces-html')[0],
        outputsOf('eacces-escape')[0]
      ]);
      await settled();
      const buttons = Array.from(area.node.querySelectorAll('button'));
      expect(buttons).toHaveLength(2);
      // No element was made from the path; its text is in the label.
      expect(area.node.querySelectorAll('button img, img')).toHaveLength(0);
      expect(buttons[0].getAttribute('aria-label')).toContain(
        '<img src=x onerror=alert(1)>'
      );
      for (const button of buttons) {
        expect(button.getAttribute('aria-label')).not.toMatch(
          /[\u0000-\u001f]/
        );
        expect(button.title).not.toMatch(/[\u0000-\u001f]/);
        expect(button.children).toHaveLength(0);
      }
      // Nothing runs until the click; the click hands the path over as data.
      expect(clicked).toEqual([]);
      buttons[0].click();
      expect(clicked).toHaveLength(1);
      expect(clicked[0]).toMatchObject({
        kind: 'explain',
        path: '/mnt/locked/<img src=x onerror=alert(1)>.txt'
      });
    });
  });
});

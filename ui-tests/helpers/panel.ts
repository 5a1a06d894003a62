import AxeBuilder from '@axe-core/playwright';
import { IJupyterLabPageFixture } from '@jupyterlab/galata';

/**
 * The panel's region, as assistive technology names it.
 */
export function panelOf(page: IJupyterLabPageFixture) {
  return page.getByRole('region', { name: 'Isolation Info' });
}

/**
 * axe-core's serious and critical violations inside the panel, as
 * `rule: target` lines (empty when clean).
 */
export async function seriousViolations(
  page: IJupyterLabPageFixture
): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('#jp-isolation-info')
    .analyze();
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v =>
      v.nodes.map(node => `${v.id} (${v.impact}): ${node.target.join(' ')}`)
    );
}

/**
 * Drag the right sidebar to `width` CSS pixels and wait until the panel has it.
 */
export async function setPanelWidth(
  page: IJupyterLabPageFixture,
  width: number
): Promise<void> {
  const panel = panelOf(page);
  for (let attempt = 0; attempt < 3; attempt++) {
    const box = await panel.boundingBox();
    if (box && Math.abs(box.width - width) <= 1) {
      return;
    }
    const handle = page
      .locator(
        '#jp-main-split-panel > .lm-SplitPanel-handle:not(.lm-mod-hidden)'
      )
      .last();
    const handleBox = (await handle.boundingBox())!;
    const y = handleBox.y + handleBox.height / 2;
    const x = handleBox.x + handleBox.width / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (box ? box.width - width : 0), y, { steps: 4 });
    await page.mouse.up();
  }
}

/**
 * Run a command by id, as a keyboard shortcut or menu would.
 */
export async function execute(
  page: IJupyterLabPageFixture,
  id: string
): Promise<void> {
  await page.evaluate(async command => {
    await (window as any).jupyterapp.commands.execute(command);
  }, id);
}

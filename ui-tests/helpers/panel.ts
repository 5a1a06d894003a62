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

/**
 * Pairs of text boxes in the panel that overlap (text drawn over text), as
 * `"a" / "b"` lines; empty when none do. Each text node's own client rects
 * are compared, so a long value ellipsized beside its label counts only where
 * its glyphs really are.
 */
export async function overlappingText(
  page: IJupyterLabPageFixture
): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('#jp-isolation-info')!;
    const boxes: Array<{ text: string; rect: DOMRect }> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], .jp-mod-collapsed')) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      // What is clipped away (an ellipsized value) is not drawn.
      const clip = parent.closest('dd, .jp-IsolationInfo-glanceValue');
      const limit = clip?.getBoundingClientRect();
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 1 || rect.height < 1) {
          continue;
        }
        const right = limit ? Math.min(rect.right, limit.right) : rect.right;
        boxes.push({
          text,
          rect: new DOMRect(rect.left, rect.top, right - rect.left, rect.height)
        });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].rect;
        const b = boxes[j].rect;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) {
          found.push(`"${boxes[i].text}" / "${boxes[j].text}"`);
        }
      }
    }
    return found;
  });
}

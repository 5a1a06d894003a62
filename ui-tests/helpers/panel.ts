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
 * are clipped to every ancestor that clips (a scroll area, an ellipsized
 * value, a visually hidden label), so only what is drawn is compared.
 */
export async function overlappingText(
  page: IJupyterLabPageFixture
): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('#jp-isolation-info')!;
    const clipOf = (element: Element): DOMRect | null => {
      let left = -Infinity;
      let top = -Infinity;
      let right = Infinity;
      let bottom = Infinity;
      for (
        let node: Element | null = element;
        node && node !== document.body;
        node = node.parentElement
      ) {
        const style = getComputedStyle(node);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const rect = node.getBoundingClientRect();
          left = Math.max(left, rect.left);
          top = Math.max(top, rect.top);
          right = Math.min(right, rect.right);
          bottom = Math.min(bottom, rect.bottom);
        }
      }
      return right > left && bottom > top
        ? new DOMRect(left, top, right - left, bottom - top)
        : null;
    };
    const boxes: Array<{ id: number; text: string; rect: DOMRect }> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let id = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), id++) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden]')) {
        continue;
      }
      const clip = clipOf(parent);
      if (!clip) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        const left = Math.max(rect.left, clip.left);
        const top = Math.max(rect.top, clip.top);
        const right = Math.min(rect.right, clip.right);
        const bottom = Math.min(rect.bottom, clip.bottom);
        if (right - left >= 1 && bottom - top >= 1) {
          boxes.push({
            id,
            text,
            rect: new DOMRect(left, top, right - left, bottom - top)
          });
        }
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (boxes[i].id === boxes[j].id) {
          continue; // the lines of one wrapped text
        }
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

/**
 * Words of the panel drawn over two lines, as `"word"` lines; empty when
 * none is. A word is a run of non-space characters in one text node; it is
 * broken when its glyphs' boxes (Range.getClientRects) sit on more than one
 * line. Text inside hidden elements is not drawn and not checked. `scope`
 * narrows the check to a part of the panel.
 */
export async function brokenWords(
  page: IJupyterLabPageFixture,
  scope = '#jp-isolation-info'
): Promise<string[]> {
  return page.evaluate(selector => {
    const root = document.querySelector(selector)!;
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || parent.closest('[hidden]') || !text.trim()) {
        continue;
      }
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops: number[] = [];
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width < 1 || rect.height < 1) {
            continue;
          }
          if (!tops.some(top => Math.abs(top - rect.top) < rect.height / 2)) {
            tops.push(rect.top);
          }
        }
        if (tops.length > 1) {
          found.push(`"${match[0]}"`);
        }
      }
    }
    return found;
  }, scope);
}

/**
 * Open every section and every details element of the panel.
 */
export async function openEverything(
  page: IJupyterLabPageFixture
): Promise<void> {
  const panel = panelOf(page);
  const closed = panel.locator(
    '.jp-IsolationInfo-sectionToggle[aria-expanded="false"]'
  );
  while ((await closed.count()) > 0) {
    await closed.first().click();
  }
  await panel
    .locator('details')
    .evaluateAll(nodes =>
      nodes.forEach(node => ((node as HTMLDetailsElement).open = true))
    );
}

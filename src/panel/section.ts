import { caretDownIcon } from '@jupyterlab/ui-components';

import { el } from './dom';

/**
 * A titled section that collapses under its heading's button (the WAI-ARIA
 * accordion pattern: a heading holding a button with aria-expanded) and
 * updates in place: its body changes only when the data it shows changed,
 * and then only in the nodes that differ.
 *
 * A flowing list of these, rather than an AccordionPanel: an AccordionPanel
 * shares the sidebar's height among its open sections, so a long metadata
 * list would scroll inside a box while the rest of the report is cut off.
 */
export class CollapsibleSection {
  constructor(options: CollapsibleSection.IOptions) {
    this.id = options.id;
    const bodyId = `jp-IsolationInfo-${options.id}-body`;
    this.button = el('button', { className: 'jp-IsolationInfo-sectionToggle' });
    this.button.type = 'button';
    this.button.setAttribute('aria-controls', bodyId);
    const caret = el('span', { className: 'jp-IsolationInfo-caret' });
    caretDownIcon.element({ container: caret, tag: 'span' });
    caret.setAttribute('aria-hidden', 'true');
    this.button.append(caret);
    this._title = el('span', { text: options.title });
    this.button.append(this._title);
    const heading = el(
      'h3',
      { className: 'jp-IsolationInfo-sectionTitle' },
      this.button
    );
    heading.id = `jp-IsolationInfo-${options.id}-heading`;
    this.body = el('div', { className: 'jp-IsolationInfo-sectionBody' });
    this.body.id = bodyId;
    this.node = el(
      'section',
      {
        className: `jp-IsolationInfo-section jp-IsolationInfo-${options.id}`
      },
      heading,
      this.body
    );
    this.node.dataset.section = options.id;
    this.node.setAttribute('aria-labelledby', heading.id);
    this.button.addEventListener('click', () => {
      this.setExpanded(!this.expanded);
      options.onToggle?.(this);
    });
    this.setExpanded(options.expanded ?? true);
  }

  readonly id: string;
  readonly node: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly body: HTMLElement;

  get expanded(): boolean {
    return this.button.getAttribute('aria-expanded') === 'true';
  }

  setExpanded(expanded: boolean): void {
    this.button.setAttribute('aria-expanded', expanded ? 'true' : 'false');
    this.body.hidden = !expanded;
    this.node.classList.toggle('jp-mod-collapsed', !expanded);
  }

  setTitle(title: string): void {
    if (this._title.textContent !== title) {
      this._title.textContent = title;
    }
  }

  /**
   * Show `render()`'s nodes unless `key` equals the last one's: a poll that
   * brings the same data touches nothing. When it differs, only the nodes
   * that differ are replaced (rows, not the section), so open `<details>`,
   * focus and layout of the rest stay. Returns whether the body changed.
   */
  update(key: string, render: () => Node[]): boolean {
    if (key === this._key) {
      return false;
    }
    this._key = key;
    const focused = Private.focusPath(this.body);
    Private.morph(this.body, render());
    if (focused !== null && !this.body.contains(document.activeElement)) {
      Private.restoreFocus(this.body, focused);
    }
    return true;
  }

  private _title: HTMLElement;
  private _key: string | null = null;
}

export namespace CollapsibleSection {
  export interface IOptions {
    id: string;
    title: string;
    expanded?: boolean;
    onToggle?: (section: CollapsibleSection) => void;
  }
}

namespace Private {
  /**
   * Make `parent`'s children look like `next`, keeping every existing node
   * that is already equal (isEqualNode) and reusing elements of the same tag,
   * whose attributes are synced and children morphed in turn. A `<details>`
   * keeps its open state: that is the user's, not the report's.
   */
  export function morph(parent: Element, next: Node[]): void {
    const current = Array.from(parent.childNodes);
    next.forEach((node, index) => {
      const old = current[index];
      if (!old) {
        parent.appendChild(node);
      } else if (old.isEqualNode(node)) {
        return;
      } else if (
        old instanceof Element &&
        node instanceof Element &&
        old.tagName === node.tagName &&
        !(old instanceof HTMLButtonElement)
      ) {
        syncAttributes(old, node);
        morph(old, Array.from(node.childNodes));
      } else if (
        old.nodeType === Node.TEXT_NODE &&
        node.nodeType === Node.TEXT_NODE
      ) {
        old.textContent = node.textContent;
      } else {
        parent.replaceChild(node, old);
      }
    });
    for (const extra of current.slice(next.length)) {
      parent.removeChild(extra);
    }
  }

  function syncAttributes(old: Element, next: Element): void {
    for (const { name } of Array.from(old.attributes)) {
      if (!next.hasAttribute(name) && !(name === 'open' && isDetails(old))) {
        old.removeAttribute(name);
      }
    }
    for (const { name, value } of Array.from(next.attributes)) {
      if (old.getAttribute(name) !== value) {
        old.setAttribute(name, value);
      }
    }
  }

  function isDetails(node: Element): boolean {
    return node.tagName === 'DETAILS';
  }

  const FOCUSABLE = 'button, summary, a[href], [tabindex]';

  /**
   * Which focusable element inside `root` has focus, as its index among
   * them, so the same place can take focus again after a re-render.
   */
  export function focusPath(root: HTMLElement): number | null {
    const active = document.activeElement;
    if (!active || !root.contains(active)) {
      return null;
    }
    const index = Array.from(root.querySelectorAll(FOCUSABLE)).indexOf(active);
    return index >= 0 ? index : null;
  }

  export function restoreFocus(root: HTMLElement, index: number): void {
    const target = root.querySelectorAll<HTMLElement>(FOCUSABLE)[index];
    target?.focus();
  }
}

import { caretDownIcon } from '@jupyterlab/ui-components';

import { el } from './dom';

/**
 * A titled section that collapses under its heading's button (the WAI-ARIA
 * accordion pattern: a heading holding a button with aria-expanded) and
 * updates in place: its body is replaced only when the data it shows
 * changed, and then the open `<details>` and the focused control inside it
 * are carried over.
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
    caretDownIcon.element({ container: caret, tag: null });
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
   * brings the same data touches nothing. Returns whether the body changed.
   */
  update(key: string, render: () => Node[]): boolean {
    if (key === this._key) {
      return false;
    }
    this._key = key;
    const open = new Set(
      Array.from(this.body.querySelectorAll('details'))
        .filter(details => details.open)
        .map((details, index) => details.dataset.key ?? `#${index}`)
    );
    const focused = Private.focusPath(this.body);
    this.body.replaceChildren(...render());
    Array.from(this.body.querySelectorAll('details')).forEach(
      (details, index) => {
        if (open.has(details.dataset.key ?? `#${index}`)) {
          details.open = true;
        }
      }
    );
    if (focused !== null) {
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

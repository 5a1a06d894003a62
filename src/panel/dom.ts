import { copyIcon } from '@jupyterlab/ui-components';

/**
 * Small DOM builders. Every value goes in as text (textContent), never as
 * HTML, so a metadata value like `<img onerror=…>` shows literally, and its
 * invisible characters (bidi overrides, controls) show as escapes.
 */
import { visible } from '../format';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) {
    node.className = options.className;
  }
  if (options.text !== undefined) {
    node.textContent = visible(options.text);
  }
  node.append(...children);
  return node;
}

/**
 * Values longer than this (paths, ARNs, maps) are cut with an ellipsis, keep
 * their full text on hover and get a copy button.
 */
export const LONG_VALUE = 24;
// A value longer than this is shown cut (the copy button still copies it whole):
// a megabyte-long string would otherwise be laid out on every poll.
export const SHOWN_VALUE = 1000;

/**
 * A definition list of label/value rows; values are text. A row never breaks
 * inside a word: a value that does not fit is ellipsized instead.
 */
export function definitionList(
  rows: Array<[string, string, string?]>,
  trans?: { __: (msg: string, ...args: unknown[]) => string }
): HTMLDListElement {
  const list = el('dl', { className: 'jp-IsolationInfo-fields' });
  for (const [label, value, className] of rows) {
    const shown =
      value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE)}…` : value;
    const text = el('span', {
      className: 'jp-IsolationInfo-text',
      text: shown
    });
    const dd = el('dd', { className }, text);
    const dt = el('dt', { text: label });
    dt.title = label;
    if (value.length > LONG_VALUE) {
      text.title = shown;
      if (trans) {
        dd.append(copyButton(value, trans.__('Copy %1', label)));
      }
    }
    list.append(dt, dd);
  }
  return list;
}

/**
 * A small button that copies `value`; the click is handled once, by the
 * panel's delegated listener, so many rows cost no closures.
 */
export function copyButton(value: string, label: string): HTMLButtonElement {
  const button = Private.copyTemplate().cloneNode(true) as HTMLButtonElement;
  button.dataset.copy = value;
  button.setAttribute('aria-label', label);
  button.title = label;
  return button;
}

namespace Private {
  let template: HTMLButtonElement | null = null;

  /**
   * One button with its icon, made once and cloned for every row: a
   * cloneNode is far cheaper than drawing the icon anew, which counts when a
   * report has hundreds of values.
   */
  export function copyTemplate(): HTMLButtonElement {
    if (!template) {
      template = el('button', {
        className: 'jp-IsolationInfo-copy jp-Button jp-mod-minimal'
      });
      template.type = 'button';
      const icon = el('span', { className: 'jp-IsolationInfo-copyIcon' });
      copyIcon.element({ container: icon, tag: 'span', elementSize: 'small' });
      icon.setAttribute('aria-hidden', 'true');
      template.append(icon);
    }
    return template;
  }
}

/**
 * A per-section error sentence from the server.
 */
export function errorLine(message: string): HTMLElement {
  return el('p', { className: 'jp-IsolationInfo-error', text: message });
}

/**
 * yes / no / unknown for a tri-state boolean.
 */
export function yesNo(
  value: boolean | null | undefined,
  trans: { __: (msg: string) => string }
): string {
  if (value === true) {
    return trans.__('yes');
  }
  if (value === false) {
    return trans.__('no');
  }
  return trans.__('unknown');
}

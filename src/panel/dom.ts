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
 * A definition list of label/value rows; values are text.
 */
export function definitionList(
  rows: Array<[string, string, string?]>
): HTMLDListElement {
  const list = el('dl', { className: 'jp-IsolationInfo-fields' });
  for (const [label, value, className] of rows) {
    list.append(
      el('dt', { text: label }),
      el('dd', { text: value, className })
    );
  }
  return list;
}

/**
 * A titled section with its heading wired to the region's accessible name.
 */
export function section(
  id: string,
  title: string,
  ...children: Node[]
): HTMLElement {
  const headingId = `jp-IsolationInfo-${id}-heading`;
  const heading = el('h3', {
    className: 'jp-IsolationInfo-sectionTitle',
    text: title
  });
  heading.id = headingId;
  const node = el(
    'section',
    { className: `jp-IsolationInfo-section jp-IsolationInfo-${id}` },
    heading,
    ...children
  );
  node.setAttribute('aria-labelledby', headingId);
  return node;
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

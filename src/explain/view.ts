import { TranslationBundle } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import css from '../../style/explain.raw.css';
import { visible } from '../escape';
import { IExplanation, IOperation, OPERATIONS, OperationName } from './types';

let styled = false;

/**
 * The stylesheet of the explanation, added once, when the first one is shown.
 */
function addStyle(): void {
  if (styled) {
    return;
  }
  styled = true;
  const style = document.createElement('style');
  style.dataset.extension = 'jupyterlab-isolation-info-explain';
  style.textContent = css;
  document.head.append(style);
}

/**
 * An element with text content only: no value from the server is ever read
 * as HTML, and controls and bidi characters show as escapes (the
 * collector's policy).
 */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = visible(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

/**
 * The file browser's "Explain Permissions" answer: the verdicts, the walk
 * from /, where the file lives and what to do. One widget, kept until the
 * next explanation replaces its content.
 */
export class ExplainView extends Widget {
  constructor(
    private readonly trans: TranslationBundle,
    private readonly onCopy: (path: string) => void
  ) {
    super();
    addStyle();
    this.id = 'jp-IsolationInfo-explain';
    this.addClass('jp-IsolationInfo-explain');
    this.title.label = trans.__('Permissions');
    this.title.closable = true;
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', trans.__('Path permissions'));
  }

  /**
   * Shows that a path is being looked at.
   */
  showPending(path: string): void {
    this.node.replaceChildren(
      el('p', this.trans.__('Looking at %1…', path), 'jp-IsolationInfo-note')
    );
  }

  /**
   * Shows a refusal or failure as the sentence it is.
   */
  showError(path: string, message: string): void {
    this.node.replaceChildren(
      el('h2', path, 'jp-IsolationInfo-explain-path'),
      el('p', message, 'jp-IsolationInfo-explain-error')
    );
  }

  /**
   * Draws one answer, replacing the one before.
   */
  showAnswer(requested: string, answer: IExplanation): void {
    const trans = this.trans;
    const titles: Record<OperationName, string> = {
      read: trans.__('Read (list)'),
      write: trans.__('Write (modify)'),
      create: trans.__('Create inside'),
      delete: trans.__('Delete or rename'),
      chmod: trans.__('Change mode'),
      execute: trans.__('Execute (enter)')
    };
    const parts: HTMLElement[] = [];
    const header = el('div', null, 'jp-IsolationInfo-explain-header');
    header.append(el('h2', answer.path, 'jp-IsolationInfo-explain-path'));
    const copy = el('button', trans.__('Copy as Markdown'), 'jp-mod-styled');
    copy.type = 'button';
    copy.addEventListener('click', () => this.onCopy(requested));
    header.append(copy);
    parts.push(header);
    const who = answer.identity;
    if (who) {
      parts.push(
        el(
          'p',
          trans.__(
            'As uid %1 (%2), gid %3 (%4).',
            String(who.uid),
            who.user ?? '?',
            String(who.gid),
            who.group ?? '?'
          ),
          'jp-IsolationInfo-note'
        )
      );
    }
    if (answer.stopped_at) {
      parts.push(
        el('p', answer.stopped_at.reason, 'jp-IsolationInfo-explain-stop')
      );
    }
    parts.push(this.operations(answer, titles));
    if (answer.storage) {
      const where = el(
        'p',
        answer.storage.sentence,
        'jp-IsolationInfo-note jp-IsolationInfo-explain-storage'
      );
      where.title = answer.storage.evidence;
      parts.push(el('h3', trans.__('Where it lives')), where);
    }
    parts.push(el('h3', trans.__('Walk from /')), this.walk(answer));
    if (answer.entries && answer.entries.cannot_modify !== null) {
      parts.push(
        el(
          'p',
          trans.__(
            '%1 of %2 entries looked at cannot be modified or removed by you.',
            String(answer.entries.cannot_modify),
            String(answer.entries.looked_at)
          ),
          'jp-IsolationInfo-note'
        )
      );
    }
    for (const sentence of [answer.changed, ...answer.errors]) {
      if (sentence) {
        parts.push(el('p', sentence, 'jp-IsolationInfo-explain-error'));
      }
    }
    this.node.replaceChildren(...parts);
  }

  private operations(
    answer: IExplanation,
    titles: Record<OperationName, string>
  ): HTMLTableElement {
    const trans = this.trans;
    const table = el('table', null, 'jp-IsolationInfo-explain-verdicts');
    const head = el('tr');
    for (const text of [
      trans.__('Operation'),
      trans.__('Allowed'),
      trans.__('Why'),
      trans.__('What to do')
    ]) {
      head.append(el('th', text));
    }
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const name of OPERATIONS) {
      const operation: IOperation = answer.operations[name];
      const row = el('tr');
      row.dataset.operation = name;
      row.append(el('th', titles[name]));
      const verdict = el('td', this.verdict(operation));
      verdict.className =
        operation.allowed === false
          ? 'jp-mod-denied'
          : operation.allowed === true
            ? 'jp-mod-allowed'
            : 'jp-mod-unknown';
      row.append(verdict, el('td', operation.reason), el('td', operation.fix));
      table.tBodies[0].append(row);
    }
    return table;
  }

  private verdict(operation: IOperation): string {
    const trans = this.trans;
    if (operation.allowed === null) {
      return trans.__('unknown');
    }
    const word = operation.allowed ? trans.__('yes') : trans.__('no');
    return operation.measured
      ? trans.__('%1 (measured)', word)
      : trans.__('%1 (derived)', word);
  }

  private walk(answer: IExplanation): HTMLTableElement {
    const table = el('table', null, 'jp-IsolationInfo-explain-walk');
    const body = el('tbody');
    const stop = answer.stopped_at?.path;
    for (const step of answer.walk) {
      const row = el('tr');
      const owner =
        step.uid === null
          ? '?'
          : `${step.owner ?? step.uid}${step.host_uid !== null && step.host_uid !== step.uid ? ` → host ${step.host_uid}` : ''}`;
      const notes = [
        step.symlink_target !== null ? `→ ${step.symlink_target}` : '',
        step.searchable === false ? this.trans.__('no search for you') : '',
        step.owner_unmapped ? this.trans.__('owner not mapped here') : '',
        step.path === stop ? this.trans.__('stops you') : '',
        step.error ?? ''
      ].filter(Boolean);
      row.append(
        el('td', step.mode_text ?? '?', 'jp-IsolationInfo-explain-mode'),
        el('td', owner),
        el('td', step.group ?? (step.gid === null ? '?' : String(step.gid))),
        el('td', step.path),
        el('td', notes.join('; '))
      );
      if (step.path === stop) {
        row.classList.add('jp-mod-denied');
      }
      body.append(row);
    }
    table.append(body);
    return table;
  }
}

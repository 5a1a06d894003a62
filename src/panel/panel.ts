import { Clipboard } from '@jupyterlab/apputils';
import { IStateDB } from '@jupyterlab/statedb';
import { ITranslator, TranslationBundle } from '@jupyterlab/translation';
import { CommandToolbarButton, SidePanel } from '@jupyterlab/ui-components';
import { CommandRegistry } from '@lumino/commands';
import { ReadonlyJSONObject } from '@lumino/coreutils';
import { Message } from '@lumino/messaging';
import { Panel, Widget } from '@lumino/widgets';

import { CommandIDs } from '../commands';
import { collectedAgo } from '../format';
import { isolationIcon } from '../icon';
import { IsolationInfoModel, ReportState } from '../model';
import { glance, IGlanceLine, Tone, verdict } from '../summary';
import { IReport } from '../tokens';
import { el, errorLine } from './dom';
import { renderInspection } from './inspection';
import { CollapsibleSection } from './section';
import { REPORT_SECTIONS, sectionData, sectionTitle } from './sectionlist';
import { VERSION } from '../version';

/**
 * Where the open/closed state of the sections is kept across reloads.
 */
const STATE_KEY = 'isolation-info:panel';

/**
 * The id of the panel-only section that compares the kernel with the server.
 */
const INSPECT_SECTION = 'inspect';

const TONES: Tone[] = ['ok', 'warning', 'critical', 'unknown', 'neutral'];

/**
 * The sidebar panel, built as JupyterLab's own sidebars are: a SidePanel with
 * a header, a toolbar of command buttons and the content. The content is
 * made once and updated in place on every change of the model, so focus,
 * scroll position and open sections survive a poll.
 */
export class IsolationInfoPanel extends SidePanel {
  constructor(options: IsolationInfoPanel.IOptions) {
    super({ translator: options.translator, content: new Panel() });
    this.model = options.model;
    this._commands = options.commands;
    this._state = options.state ?? null;
    const trans = (this._trans = options.translator.load(
      'jupyterlab_isolation_info'
    ));
    this.id = 'jp-isolation-info';
    this.addClass('jp-IsolationInfo');
    this.title.icon = isolationIcon;
    this.title.caption = trans.__('Isolation Info %1', VERSION);
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', trans.__('Isolation Info'));
    this.content.node.setAttribute('aria-label', trans.__('Isolation report'));

    this._updated = el('span', { className: 'jp-IsolationInfo-updated' });
    this.header.addWidget(
      new Widget({
        node: el(
          'div',
          { className: 'jp-IsolationInfo-titleRow' },
          el('h2', {
            className: 'jp-IsolationInfo-title',
            text: trans.__('Isolation Info')
          }),
          this._updated
        )
      })
    );

    const toolbar = this.toolbar;
    toolbar.node.setAttribute('aria-label', trans.__('Isolation Info actions'));
    for (const [name, id] of [
      ['refresh', CommandIDs.refresh],
      ['probe', CommandIDs.probe],
      ['copy-markdown', CommandIDs.copyMarkdown],
      ['copy-json', CommandIDs.copyJSON],
      ['inspect-kernel', CommandIDs.inspectKernel]
    ]) {
      if (this._commands.hasCommand(id)) {
        toolbar.addItem(
          name,
          new CommandToolbarButton({
            commands: this._commands,
            id,
            args: { toolbar: true },
            label: ''
          })
        );
      }
    }
    toolbar.node.addEventListener('keydown', Private.arrowKeys('horizontal'));

    this._build();
    this.model.stateChanged.connect(this._render, this);
    this.model.inspectionChanged.connect(this._render, this);
    this._render();
    if (this._state) {
      void this._state
        .fetch(STATE_KEY)
        .then(saved => this._restore(saved as ReadonlyJSONObject | undefined))
        .catch(() => undefined);
    }
  }

  readonly model: IsolationInfoModel;

  /**
   * Show a short message in the panel's status line (read by screen
   * readers), e.g. the result of a copy.
   */
  notify(message: string): void {
    if (this._notice.textContent !== message) {
      this._notice.textContent = message;
    }
  }

  /**
   * Open the section `id` (a report key, or `inspect`), scroll to it and
   * focus its heading (unless `focus` is false: focus stays where it is).
   */
  revealSection(id: string, options: { focus?: boolean } = {}): void {
    const section = this._sections.get(id);
    if (!section) {
      return;
    }
    if (!section.expanded) {
      section.setExpanded(true);
      this._save();
    }
    section.node.scrollIntoView?.({ block: 'start' });
    if (options.focus ?? true) {
      section.button.focus();
    }
  }

  dispose(): void {
    window.clearInterval(this._clock);
    super.dispose();
  }

  protected onAfterShow(msg: Message): void {
    if (this._stale) {
      this._render();
    }
    if (this.model.state.status !== 'ready') {
      void this.model.refresh();
    }
    this._renderUpdated();
    this._clock = window.setInterval(() => this._renderUpdated(), 5000);
  }

  protected onAfterHide(msg: Message): void {
    window.clearInterval(this._clock);
  }

  /**
   * Make the content once: live regions, the glance, every section.
   */
  private _build(): void {
    const trans = this._trans;
    const body = new Widget({
      node: el('div', { className: 'jp-IsolationInfo-body' })
    });
    body.addClass('jp-IsolationInfo-content');
    const node = body.node;

    this._notice = el('p', { className: 'jp-IsolationInfo-notice' });
    this._notice.setAttribute('role', 'status');
    // Announces the verdict, and nothing else, when it changes.
    this._verdictLive = el('p', {
      className: 'jp-IsolationInfo-visuallyHidden'
    });
    this._verdictLive.setAttribute('aria-live', 'polite');
    this._message = el('div', { className: 'jp-IsolationInfo-message' });

    this._verdict = el('button', { className: 'jp-IsolationInfo-verdict' });
    this._verdict.type = 'button';
    this._verdict.addEventListener('click', () =>
      this.revealSection('findings')
    );
    const lines = el('ul', { className: 'jp-IsolationInfo-glanceList' });
    for (const id of ['run_as', 'host', 'home', 'endpoints']) {
      const label = el('span', { className: 'jp-IsolationInfo-glanceLabel' });
      const value = el('span', { className: 'jp-IsolationInfo-glanceValue' });
      const button = el(
        'button',
        { className: 'jp-IsolationInfo-glanceLine' },
        label,
        value
      );
      button.type = 'button';
      button.dataset.line = id;
      button.addEventListener('click', () => {
        const target = button.dataset.section;
        if (target) {
          this.revealSection(target);
        }
      });
      lines.append(el('li', {}, button));
      this._glanceLines.set(id, { button, label, value });
    }
    this._glance = el(
      'div',
      { className: 'jp-IsolationInfo-glance' },
      el(
        'div',
        { className: 'jp-IsolationInfo-verdictRow' },
        el('h3', {
          className: 'jp-IsolationInfo-glanceTitle',
          text: trans.__('At a glance')
        }),
        this._verdict
      ),
      lines
    );
    this._glance.setAttribute('aria-label', trans.__('At a glance'));
    this._glance.setAttribute('role', 'group');

    const sections = (this._sectionsNode = el('div', {
      className: 'jp-IsolationInfo-sections'
    }));
    const onToggle = () => this._save();
    for (const spec of REPORT_SECTIONS) {
      const section = new CollapsibleSection({
        id: spec.key,
        title: sectionTitle(spec.key, trans),
        expanded: spec.expanded,
        onToggle
      });
      this._sections.set(spec.key, section);
      sections.append(section.node);
    }
    if (this._commands.hasCommand(CommandIDs.inspectKernel)) {
      const inspect = new CollapsibleSection({
        id: INSPECT_SECTION,
        title: trans.__('Your code'),
        onToggle
      });
      this._sections.set(INSPECT_SECTION, inspect);
      sections.append(inspect.node);
    }
    sections.addEventListener('keydown', Private.arrowKeys('vertical'));

    node.append(
      this._notice,
      this._verdictLive,
      this._message,
      this._glance,
      sections
    );
    // One listener for every value's copy button.
    node.addEventListener('click', event => {
      const target = (event.target as HTMLElement).closest?.(
        'button[data-copy]'
      ) as HTMLButtonElement | null;
      if (target?.dataset.copy !== undefined) {
        Clipboard.copyToSystem(target.dataset.copy);
        this.notify(trans.__('Copied.'));
      }
      const showAll = (event.target as HTMLElement).closest?.(
        'button[data-show-all]'
      );
      if (showAll) {
        this._allFields = true;
        this._render();
      }
    });
    this.addWidget(body);
  }

  private _restore(saved: ReadonlyJSONObject | undefined): void {
    const open = saved?.sections as ReadonlyJSONObject | undefined;
    if (!open) {
      return;
    }
    for (const [id, section] of this._sections) {
      if (typeof open[id] === 'boolean') {
        section.setExpanded(open[id] as boolean);
      }
    }
  }

  private _save(): void {
    if (!this._state) {
      return;
    }
    const sections: { [id: string]: boolean } = {};
    for (const [id, section] of this._sections) {
      sections[id] = section.expanded;
    }
    void this._state.save(STATE_KEY, { sections }).catch(() => undefined);
  }

  private _renderUpdated(): void {
    const state = this.model.state;
    let text = '';
    if (state.status === 'ready') {
      // From the report's own time: a cached report is older than its arrival.
      text = collectedAgo(state.report, this._trans);
      this._updated.title = state.report.generated_at;
    }
    if (this._updated.textContent !== text) {
      this._updated.textContent = text;
    }
  }

  private _render(): void {
    // A hidden sidebar costs nothing: it catches up when it is shown.
    if (this.isAttached && !this.isVisible) {
      this._stale = true;
      return;
    }
    this._stale = false;
    const trans = this._trans;
    const state = this.model.state;
    const probe = this.model.probeMessage;
    if (probe !== this._lastProbe) {
      if (probe) {
        this.notify(probe);
      } else if (this._notice.textContent === this._lastProbe) {
        this.notify('');
      }
      this._lastProbe = probe;
    }
    this._renderUpdated();
    const report = state.status === 'ready' ? state.report : null;
    this._renderMessage(state);
    this._glance.hidden = report === null;
    this._sectionsNode.hidden = report === null;
    if (report) {
      for (const spec of REPORT_SECTIONS) {
        const section = this._sections.get(spec.key)!;
        const view = { allFields: this._allFields };
        const data = sectionData(report, spec.key);
        section.update(JSON.stringify([data, view]), () => {
          const error = report.errors?.[spec.key];
          const content = spec.render(report, trans, view);
          section.node.hidden = content === null && !error;
          return content ?? (error ? [errorLine(error)] : []);
        });
      }
    }
    const inspect = this._sections.get(INSPECT_SECTION);
    if (inspect) {
      const inspection = this.model.inspection;
      inspect.update(
        JSON.stringify([inspection, report && Private.compared(report)]),
        () => this._inspectContent(report)
      );
    }
    if (report) {
      this._renderGlance(report);
    }
  }

  private _renderMessage(state: ReportState): void {
    const trans = this._trans;
    const key =
      state.status === 'failed'
        ? `failed:${state.kind}:${state.message}`
        : state.status;
    if (this._messageKey === key) {
      return;
    }
    this._messageKey = key;
    if (state.status === 'loading') {
      this._message.replaceChildren(
        el('p', {
          className: 'jp-IsolationInfo-loading',
          text: trans.__('Collecting the isolation report…')
        })
      );
    } else if (state.status === 'failed') {
      this._message.replaceChildren(this._failure(state));
    } else {
      this._message.replaceChildren();
    }
  }

  private _renderGlance(report: IReport): void {
    const trans = this._trans;
    const result = verdict(report, trans);
    Private.setText(this._verdict, result.text);
    Private.setTone(this._verdict, result.tone);
    this._verdict.title = trans.__(
      'Verdict: %1. Show the findings',
      result.text
    );
    if (this._lastVerdict !== result.text) {
      this._lastVerdict = result.text;
      this._verdictLive.textContent = trans.__('Verdict: %1', result.text);
    }
    for (const line of glance(report, trans)) {
      const parts = this._glanceLines.get(line.id)!;
      this._renderLine(parts, line);
    }
  }

  private _renderLine(
    parts: {
      button: HTMLButtonElement;
      label: HTMLElement;
      value: HTMLElement;
    },
    line: IGlanceLine
  ): void {
    Private.setText(parts.label, line.label);
    Private.setText(parts.value, line.text);
    Private.setTone(parts.button, line.tone);
    parts.button.dataset.section = line.section;
    parts.button.dataset.tone = line.tone;
    const title = `${line.label}: ${line.text}`;
    if (parts.button.title !== title) {
      parts.button.title = title;
    }
  }

  private _inspectContent(report: IReport | null): Node[] {
    const trans = this._trans;
    const button = Private.actionButton(trans.__('Inspect kernel'), () => {
      void this._commands.execute(CommandIDs.inspectKernel);
    });
    return [
      el('p', {
        text: trans.__(
          'The kernel of the current notebook or console may run as another user than this server. Inspect it to see.'
        )
      }),
      button,
      renderInspection(this.model.inspection, report, trans)
    ];
  }

  private _failure(
    state: Extract<ReportState, { status: 'failed' }>
  ): HTMLElement {
    const trans = this._trans;
    const message =
      state.kind === 'missing-extension'
        ? trans.__(
            'The isolation-info server extension is not running. Enable it with `jupyter server extension enable jupyterlab_isolation_info` and restart JupyterLab.'
          )
        : trans.__('Could not load the isolation report: %1', state.message);
    const retry = Private.actionButton(trans.__('Retry'), () => {
      void this.model.refresh({ force: true });
    });
    const box = el(
      'div',
      { className: 'jp-IsolationInfo-error' },
      el('p', { text: message }),
      retry
    );
    box.setAttribute('role', 'alert');
    return box;
  }

  private _commands: CommandRegistry;
  private _state: IStateDB | null;
  // SidePanel's own bundle (the jupyterlab domain) is only used while it is made.
  protected _trans: TranslationBundle;
  private _sections = new Map<string, CollapsibleSection>();
  private _glanceLines = new Map<
    string,
    { button: HTMLButtonElement; label: HTMLElement; value: HTMLElement }
  >();
  private _glance!: HTMLElement;
  private _sectionsNode!: HTMLElement;
  private _verdict!: HTMLButtonElement;
  private _verdictLive!: HTMLElement;
  private _lastVerdict: string | null = null;
  private _lastProbe: string | null = null;
  private _stale = false;
  // The user asked for every metadata field (a large file shows the first ones).
  private _allFields = false;
  private _notice!: HTMLElement;
  private _message!: HTMLElement;
  private _messageKey: string | null = null;
  private _updated: HTMLElement;
  private _clock = 0;
}

export namespace IsolationInfoPanel {
  export interface IOptions {
    model: IsolationInfoModel;
    translator: ITranslator;
    /**
     * The registry holding the panel's commands (see commands.ts); the
     * toolbar shows a button for each one registered.
     */
    commands: CommandRegistry;
    /**
     * Where the sections' open/closed state is kept across reloads.
     */
    state?: IStateDB | null;
  }
}

namespace Private {
  /**
   * A text button of the panel's own (Inspect kernel, Retry).
   */
  export function actionButton(
    text: string,
    onClick: () => void
  ): HTMLButtonElement {
    const button = el('button', {
      className:
        'jp-Button jp-mod-styled jp-mod-reject jp-IsolationInfo-action',
      text
    });
    button.type = 'button';
    button.addEventListener('click', onClick);
    return button;
  }

  export function setText(node: HTMLElement, text: string): void {
    if (node.textContent !== text) {
      node.textContent = text;
    }
  }

  export function setTone(node: HTMLElement, tone: Tone): void {
    for (const other of TONES) {
      node.classList.toggle(`jp-mod-${other}`, other === tone);
    }
  }

  /**
   * The parts of the server's report the kernel comparison shows.
   */
  export function compared(report: IReport): unknown {
    return [
      report.run_as,
      report.user_namespace,
      report.home?.path,
      report.metadata?.found,
      report.metadata?.read_only,
      report.metadata?.fields?.AppType,
      report.capabilities?.beyond_docker_default,
      report.endpoints,
      report.findings
    ];
  }

  /**
   * Arrow keys move focus between the toolbar's buttons (left/right) or the
   * section headings (up/down); Home and End go to the first and last.
   */
  export function arrowKeys(
    direction: 'horizontal' | 'vertical'
  ): (event: KeyboardEvent) => void {
    const [back, forward] =
      direction === 'horizontal'
        ? ['ArrowLeft', 'ArrowRight']
        : ['ArrowUp', 'ArrowDown'];
    const selector =
      direction === 'horizontal'
        ? 'button'
        : 'section:not([hidden]) > h3 > .jp-IsolationInfo-sectionToggle';
    return (event: KeyboardEvent) => {
      if (![back, forward, 'Home', 'End'].includes(event.key)) {
        return;
      }
      const root = event.currentTarget as HTMLElement;
      const items = Array.from(
        root.querySelectorAll<HTMLButtonElement>(selector)
      ).filter(item => !item.disabled || direction === 'horizontal');
      const index = items.indexOf(event.target as HTMLButtonElement);
      if (index < 0) {
        return;
      }
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? items.length - 1
            : (index + (event.key === forward ? 1 : -1) + items.length) %
              items.length;
      event.preventDefault();
      items[next].focus();
    };
  }
}

import { ReactWidget, UseSignal } from '@jupyterlab/ui-components';
import * as React from 'react';

import { visible } from '../escape';
import { IReport } from '../types';
import {
  ExplanationState,
  IInspectionState,
  IKernelExplanationState,
  ReportState,
  SpaceWalkState
} from '../tokens';
import { IViewContext, ViewContext } from './context';
import type { PanelModel } from './panelmodel';
import { ExplainSection } from './explain';
import { ActionButton, ErrorLine } from './fields';
import { Glance } from './glance';
import { Inspection } from './inspection';
import { arrowKeys } from './keys';
import { Section } from './section';
import { hasSection, SECTION_VIEWS } from './sections';
import { EXPLAIN_SECTION, INSPECT_SECTION, SPACE_SECTION } from './sectionids';
import { SpaceSection } from './space';
import { fullVolumeAt } from '../space/volumes';

/**
 * Everything the report view draws, given by the panel on every render.
 */
export interface IReportProps {
  context: IViewContext;
  state: ReportState;
  inspection: IInspectionState | null;
  /**
   * The last explanation of one path's permissions, or null.
   */
  explanation: ExplanationState | null;
  kernelExplanation: IKernelExplanationState | null;
  /**
   * Explain the same path in the current notebook's kernel; null when no
   * notebook kernel is current.
   */
  explainInKernel: (() => void) | null;
  closeExplanation: () => void;
  copyExplanation: (path: string) => void;
  /**
   * The status line: what a command did.
   */
  notice: string;
  /**
   * The verdict as last announced (it changes only when the verdict does).
   */
  announced: string;
  /**
   * Which sections are open, by id.
   */
  expanded: (id: string) => boolean;
  toggle: (id: string) => void;
  /**
   * Open a section, scrolled to and focused; in the volumes section at the
   * row of the volume mounted at `volume` when given.
   */
  reveal: (id: string, volume?: string) => void;
  retry: () => void;
  /**
   * The Space section's walk and its actions; null without the space plugin.
   */
  space: {
    state: SpaceWalkState;
    walk: (path: string, refresh?: boolean) => void;
    cancel: () => void;
  } | null;
  /**
   * Inspect the current kernel; null when the command is not there.
   */
  inspect: (() => void) | null;
  /**
   * Called once what was drawn is on the page (to bring a section asked for
   * into view).
   */
  drawn: () => void;
}

/**
 * The panel's content, drawn with React as the panel model changes (UseSignal
 * on its stateChanged): every list is keyed by the identity of what it
 * shows, so open details, focus and scroll stay with their fact when others
 * come, go or move.
 */
export class ReportView extends ReactWidget {
  constructor(
    private readonly _model: PanelModel,
    private readonly _drawn: () => void
  ) {
    super();
    this.addClass('jp-IsolationInfo-body');
    this.addClass('jp-IsolationInfo-content');
  }

  protected render(): JSX.Element {
    return (
      <UseSignal signal={this._model.stateChanged} initialSender={this._model}>
        {() => {
          const props = this._model.props(this._drawn);
          return (
            <ViewContext.Provider value={props.context}>
              <Report {...props} />
            </ViewContext.Provider>
          );
        }}
      </UseSignal>
    );
  }
}

function Report(props: IReportProps): JSX.Element {
  const { trans } = props.context;
  // After every drawing: a section asked for may be on the page now.
  React.useLayoutEffect(() => props.drawn());
  const state = props.state;
  const report = state.status === 'ready' ? state.report : null;
  return (
    <>
      <p className="jp-IsolationInfo-notice" role="status">
        {props.notice}
      </p>
      <p className="jp-IsolationInfo-visuallyHidden" aria-live="polite">
        {props.announced}
      </p>
      <div className="jp-IsolationInfo-message">
        {state.status === 'loading' && (
          <p className="jp-IsolationInfo-loading">
            {trans.__('Collecting the isolation report…')}
          </p>
        )}
        {state.status === 'failed' && (
          <div className="jp-IsolationInfo-error" role="alert">
            <p>
              {state.kind === 'missing-extension'
                ? trans.__(
                    'The isolation-info server extension is not running. Enable it with `jupyter server extension enable jupyterlab_isolation_info` and restart JupyterLab.'
                  )
                : trans.__(
                    'Could not load the isolation report: %1',
                    visible(state.message)
                  )}
            </p>
            <ActionButton text={trans.__('Retry')} onClick={props.retry} />
          </div>
        )}
      </div>
      {props.explanation && (
        <ExplainSection
          key={EXPLAIN_SECTION}
          state={props.explanation}
          kernel={props.kernelExplanation}
          explainInKernel={props.explainInKernel}
          expanded={props.expanded(EXPLAIN_SECTION)}
          onToggle={props.toggle}
          close={props.closeExplanation}
          copy={props.copyExplanation}
          fullVolume={Private.fullVolume(report, props)}
        />
      )}
      {report && <Glance report={report} reveal={props.reveal} />}
      <div
        className="jp-IsolationInfo-sections"
        onKeyDown={event => Private.verticalKeys(event, event.currentTarget)}
      >
        {(report?.summary.sections ?? []).map(({ id, title }) => {
          const error = report?.errors?.[id];
          const present = report !== null && hasSection(report, id);
          const View = SECTION_VIEWS[id];
          return (
            <Section
              key={id}
              id={id}
              title={visible(title)}
              expanded={props.expanded(id)}
              hidden={!present && !error}
              onToggle={props.toggle}
            >
              {report && present && <View report={report} />}
              {report && !present && error && <ErrorLine message={error} />}
            </Section>
          );
        })}
        {props.inspect && (
          <Section
            key={INSPECT_SECTION}
            id={INSPECT_SECTION}
            title={trans.__('Your code')}
            expanded={props.expanded(INSPECT_SECTION)}
            hidden={report === null}
            onToggle={props.toggle}
          >
            <p>
              {trans.__(
                'The kernel of the current notebook or console may run as another user than this server. Inspect it to see.'
              )}
            </p>
            <ActionButton
              text={trans.__('Inspect kernel')}
              onClick={props.inspect}
            />
            <Inspection state={props.inspection} server={report} />
          </Section>
        )}
        {props.space && (
          // Drawn while the report loads too: a walk needs no report.
          <SpaceSection
            state={props.space.state}
            walk={props.space.walk}
            cancel={props.space.cancel}
            expanded={props.expanded(SPACE_SECTION)}
            onToggle={props.toggle}
          />
        )}
      </div>
    </>
  );
}

namespace Private {
  export const verticalKeys = arrowKeys('vertical');

  /**
   * The explained path's volume (the mount point its answer names), when
   * the report judges that volume full or nearly full.
   */
  export function fullVolume(report: IReport | null, props: IReportProps) {
    const explanation = props.explanation;
    const point =
      explanation?.status === 'ready'
        ? explanation.answer.mount?.mount_point
        : null;
    const volume = report && point ? fullVolumeAt(report, point) : null;
    return volume
      ? { volume, show: () => props.reveal('volumes', volume.mountPoint) }
      : null;
  }
}

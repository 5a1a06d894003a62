import * as React from 'react';

import { visible } from '../escape';
import {
  IExplanation,
  IOperation,
  IWalkEntry,
  OPERATIONS,
  OperationName
} from '../explain/types';
import { KernelExplanation } from '../kernel';
import type { IFullVolume } from '../space/volumes';
import { ExplanationState, IKernelExplanationState } from '../tokens';
import { useView } from './context';
import { ActionButton } from './fields';
import { Section } from './section';
import { EXPLAIN_SECTION } from './sectionids';

/**
 * The "Explain Permissions" answer, as a section of the panel: the verdict
 * of each operation (measured or derived, as the collector says), the walk
 * from /, where the path lives and what to do. Shown only while an
 * explanation exists; the close button forgets it.
 */
export function ExplainSection(props: {
  state: ExplanationState;
  kernel: IKernelExplanationState | null;
  explainInKernel: (() => void) | null;
  expanded: boolean;
  onToggle: (id: string) => void;
  close: () => void;
  copy: (path: string) => void;
  /**
   * The explained path's volume when the collector judges it full or nearly
   * full, with the way to its figures; else null.
   */
  fullVolume?: { volume: IFullVolume; show: () => void } | null;
}): JSX.Element {
  const { trans } = useView();
  const state = props.state;
  const full = state.status === 'ready' ? props.fullVolume : null;
  return (
    <Section
      id={EXPLAIN_SECTION}
      title={trans.__('Explain: %1', visible(state.path || '/'))}
      expanded={props.expanded}
      onToggle={props.onToggle}
    >
      <div className="jp-IsolationInfo-explain-header">
        <span className="jp-IsolationInfo-explain-path">
          {visible(
            state.status === 'ready' ? state.answer.path : state.path || '/'
          )}
        </span>
        {state.status === 'ready' && (
          <ActionButton
            text={trans.__('Copy as Markdown')}
            onClick={() => props.copy(state.path)}
          />
        )}
        {state.status === 'ready' && props.explainInKernel && (
          <ActionButton
            text={trans.__('Explain in kernel')}
            className="jp-IsolationInfo-explain-inKernel"
            onClick={props.explainInKernel}
          />
        )}
        <ActionButton
          text={trans.__('Close')}
          className="jp-IsolationInfo-explain-close"
          onClick={props.close}
        />
      </div>
      {state.status === 'pending' && (
        <p className="jp-IsolationInfo-note">
          {trans.__('Looking at %1…', visible(state.path || '/'))}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="jp-IsolationInfo-explain-error" role="alert">
          {visible(state.message)}
        </p>
      )}
      {state.status === 'kernel' && props.kernel && (
        <KernelSide kernel={props.kernel} key="kernel" />
      )}
      {full && (
        <p className="jp-IsolationInfo-explain-volume jp-mod-warning">
          {full.volume.state === 'full'
            ? trans.__(
                'This path is on %1, which is full (%2).',
                visible(full.volume.mountPoint),
                visible(full.volume.text)
              )
            : trans.__(
                'This path is on %1, which is nearly full (%2).',
                visible(full.volume.mountPoint),
                visible(full.volume.text)
              )}{' '}
          <ActionButton
            text={trans.__('Show the volume')}
            onClick={full.show}
          />
        </p>
      )}
      {state.status === 'ready' && !props.kernel && (
        <Answer answer={state.answer} />
      )}
      {state.status === 'ready' && props.kernel && (
        <div className="jp-IsolationInfo-explain-sides">
          <div
            className="jp-IsolationInfo-explain-side"
            data-side="server"
            key="server"
          >
            <h4>{trans.__('Server')}</h4>
            <p className="jp-IsolationInfo-note">
              {trans.__(
                'Explained %1 from the file browser’s root.',
                visible(state.path || '/')
              )}
            </p>
            <Answer answer={state.answer} />
          </div>
          <KernelSide kernel={props.kernel} key="kernel" />
        </div>
      )}
    </Section>
  );
}

/**
 * The kernel's side: the path it was given, and its answer, or why it gave
 * none. Its identity is stated only from its answer.
 */
function KernelSide(props: { kernel: IKernelExplanationState }): JSX.Element {
  const { trans } = useView();
  const { kernel } = props;
  const result: KernelExplanation | null = kernel.result;
  return (
    <div className="jp-IsolationInfo-explain-side" data-side="kernel">
      <h4>
        {kernel.kernelName
          ? trans.__('Kernel (%1)', visible(kernel.kernelName))
          : trans.__('Kernel')}
      </h4>
      <p className="jp-IsolationInfo-note">
        {trans.__(
          'Explained %1 from the kernel’s working directory.',
          visible(kernel.path)
        )}
      </p>
      {result === null && (
        <p className="jp-IsolationInfo-note">
          {trans.__('Asking the kernel…')}
        </p>
      )}
      {result?.status === 'no-kernel' && (
        <p className="jp-IsolationInfo-explain-error">
          {trans.__('No kernel is running.')}
        </p>
      )}
      {result?.status === 'unsupported' && (
        <p className="jp-IsolationInfo-explain-error">
          {trans.__(
            'Only Python kernels can be asked; this one runs %1.',
            visible(result.language)
          )}
        </p>
      )}
      {result?.status === 'busy' && (
        <p className="jp-IsolationInfo-explain-error">
          {trans.__('The kernel is busy; ask again when it is idle.')}
        </p>
      )}
      {result?.status === 'error' && (
        <p className="jp-IsolationInfo-explain-error">
          {trans.__('The kernel gave no answer: %1', visible(result.message))}
        </p>
      )}
      {result?.status === 'ok' && result.answer.exists === false && (
        <p className="jp-IsolationInfo-explain-stop jp-IsolationInfo-explain-notThere">
          {trans.__(
            'Not found there: the kernel sees no %1.',
            visible(result.answer.resolved ?? result.answer.path)
          )}
        </p>
      )}
      {result?.status === 'ok' && <Answer answer={result.answer} />}
    </div>
  );
}

function Answer(props: { answer: IExplanation }): JSX.Element {
  const { trans } = useView();
  const answer = props.answer;
  const who = answer.identity;
  const unknown = unknownForEvery(answer);
  const withheld = answer.withheld;
  // Why something is left out is said once: under the walk when steps of it
  // are, else under the entries when only names are.
  const reasonsAfter =
    withheld && withheld.walk_steps === 0 && withheld.entries > 0
      ? 'entries'
      : 'walk';
  return (
    <div className="jp-IsolationInfo-explain">
      {who && (
        <p className="jp-IsolationInfo-note">
          {trans.__(
            'As uid %1 (%2), gid %3 (%4).',
            String(who.uid ?? '?'),
            visible(who.user ?? '?'),
            String(who.gid ?? '?'),
            visible(who.group ?? '?')
          )}
        </p>
      )}
      {who && who.capabilities?.length > 0 && (
        <p className="jp-IsolationInfo-note jp-IsolationInfo-explain-capabilities">
          {trans.__(
            'Capabilities that change a verdict here: %1.',
            who.capabilities.map(visible).join(', ')
          )}
        </p>
      )}
      {answer.stopped_at && answer.stopped_at.reason !== unknown && (
        <p className="jp-IsolationInfo-explain-stop">
          {visible(answer.stopped_at.reason)}
        </p>
      )}
      {unknown === null ? (
        <Verdicts answer={answer} />
      ) : (
        <p className="jp-IsolationInfo-explain-stop jp-IsolationInfo-explain-unknown">
          {trans.__('Unknown for every operation: %1', visible(unknown))}
        </p>
      )}
      {answer.storage && (
        <>
          <h4>{trans.__('Where it lives')}</h4>
          <p
            className="jp-IsolationInfo-note jp-IsolationInfo-explain-storage"
            title={visible(answer.storage.evidence)}
          >
            {visible(answer.storage.sentence)}
          </p>
        </>
      )}
      {answer.walk.length > 0 && (
        <>
          <h4>{trans.__('Walk from /')}</h4>
          <Walk answer={answer} />
        </>
      )}
      {withheld && withheld.walk_steps > 0 && (
        <p className="jp-IsolationInfo-note jp-IsolationInfo-explain-withheld">
          {trans._n(
            '%1 step of the lookup is not shown.',
            '%1 steps of the lookup are not shown.',
            withheld.walk_steps
          )}
        </p>
      )}
      {withheld && reasonsAfter === 'walk' && (
        <Reasons reasons={withheld.reasons} />
      )}
      {answer.entries && answer.entries.cannot_modify !== null && (
        <p className="jp-IsolationInfo-note">
          {trans.__(
            '%1 of %2 entries looked at cannot be modified or removed by you.',
            String(answer.entries.cannot_modify),
            String(answer.entries.looked_at)
          )}
        </p>
      )}
      {withheld && withheld.entries > 0 && (
        <p className="jp-IsolationInfo-note jp-IsolationInfo-explain-withheld">
          {trans._n(
            '%1 of them is counted but not named here.',
            '%1 of them are counted but not named here.',
            withheld.entries
          )}
        </p>
      )}
      {withheld && reasonsAfter === 'entries' && (
        <Reasons reasons={withheld.reasons} />
      )}
      {[answer.changed, ...answer.errors]
        .filter(
          (sentence): sentence is string => !!sentence && sentence !== unknown
        )
        .map(sentence => (
          <p key={sentence} className="jp-IsolationInfo-explain-error">
            {visible(sentence)}
          </p>
        ))}
    </div>
  );
}

/**
 * Why the answer leaves something out, one sentence each, as the collector
 * words it.
 */
function Reasons(props: { reasons: string[] }): JSX.Element | null {
  if (props.reasons.length === 0) {
    return null;
  }
  return (
    <ul className="jp-IsolationInfo-note jp-IsolationInfo-explain-withheldReasons">
      {props.reasons.map((reason, index) => (
        <li key={index}>{visible(reason)}</li>
      ))}
    </ul>
  );
}

/**
 * The one reason when every operation is unknown for it, with nothing to do
 * (a path whose file system did not answer): said once, not six times.
 */
function unknownForEvery(answer: IExplanation): string | null {
  const reasons = new Set(
    OPERATIONS.map(name => {
      const operation = answer.operations[name];
      return operation.allowed === null && operation.fix === null
        ? operation.reason
        : null;
    })
  );
  const [reason] = reasons;
  return reasons.size === 1 && reason ? reason : null;
}

/**
 * The operations in the order an answer is read: the refused first (each
 * with its reason and fix), then the unknown, then the allowed (folded into
 * one line); each group in the schema's order.
 */
export function operationGroups(answer: IExplanation): {
  refused: OperationName[];
  unknown: OperationName[];
  allowed: OperationName[];
} {
  const of = (allowed: boolean | null) =>
    OPERATIONS.filter(name => answer.operations[name].allowed === allowed);
  return { refused: of(false), unknown: of(null), allowed: of(true) };
}

/**
 * One table, its rows keyed by operation (a row keeps its element when its
 * operation changes group): refused and unknown rows, then one line naming
 * the allowed ones, whose rows a click unfolds.
 */
export function Verdicts(props: { answer: IExplanation }): JSX.Element {
  const { trans } = useView();
  const [unfolded, setUnfolded] = React.useState(false);
  const titles: Record<OperationName, string> = {
    read: trans.__('Read (list)'),
    write: trans.__('Write (modify)'),
    create: trans.__('Create inside'),
    delete: trans.__('Delete or rename'),
    chmod: trans.__('Change mode'),
    execute: trans.__('Execute (enter)')
  };
  const names: Record<OperationName, string> = {
    read: trans.__('read'),
    write: trans.__('write'),
    create: trans.__('create'),
    delete: trans.__('delete'),
    chmod: trans.__('chmod'),
    execute: trans.__('execute')
  };
  const { refused, unknown, allowed } = operationGroups(props.answer);
  const row = (name: OperationName, hidden: boolean) => {
    const operation: IOperation = props.answer.operations[name];
    return (
      <tr key={name} data-operation={name} hidden={hidden}>
        <th>{titles[name]}</th>
        <td
          className={
            operation.allowed === false
              ? 'jp-mod-denied'
              : operation.allowed === true
                ? 'jp-mod-allowed'
                : 'jp-mod-unknown'
          }
        >
          {verdict(operation, trans)}
        </td>
        <td>{operation.reason === null ? '' : visible(operation.reason)}</td>
        <td>{operation.fix === null ? '' : visible(operation.fix)}</td>
      </tr>
    );
  };
  // One array: a row keeps its element (React's key) when its operation
  // moves from one group to another.
  return (
    <table className="jp-IsolationInfo-explain-verdicts">
      <thead>
        <tr>
          <th>{trans.__('Operation')}</th>
          <th>{trans.__('Allowed')}</th>
          <th>{trans.__('Why')}</th>
          <th>{trans.__('What to do')}</th>
        </tr>
      </thead>
      <tbody>
        {[
          ...[...refused, ...unknown].map(name => row(name, false)),
          allowed.length > 0 && (
            <tr key="allowed" className="jp-IsolationInfo-explain-allowed">
              <td colSpan={4}>
                <button
                  type="button"
                  className="jp-IsolationInfo-explain-allowedToggle"
                  aria-expanded={unfolded}
                  onClick={() => setUnfolded(!unfolded)}
                >
                  <span className="jp-mod-allowed">{trans.__('Allowed:')}</span>{' '}
                  {allowed.map(name => names[name]).join(', ')}
                </button>
              </td>
            </tr>
          ),
          ...allowed.map(name => row(name, !unfolded))
        ]}
      </tbody>
    </table>
  );
}

/**
 * The collector's verdict in words: yes, no or unknown, and whether the
 * kernel measured it or the collector derived it.
 */
function verdict(
  operation: IOperation,
  trans: ReturnType<typeof useView>['trans']
): string {
  if (operation.allowed === null) {
    return trans.__('unknown');
  }
  const word = operation.allowed ? trans.__('yes') : trans.__('no');
  return operation.measured
    ? trans.__('%1 (measured)', word)
    : trans.__('%1 (derived)', word);
}

/**
 * A path that may wrap after each '/', never inside a name that fits.
 */
function pathWithBreaks(path: string): JSX.Element[] {
  return path.split(/(?<=\/)/).map((part, index) => (
    <React.Fragment key={index}>
      {part}
      <wbr />
    </React.Fragment>
  ));
}

function Walk(props: { answer: IExplanation }): JSX.Element {
  const { trans } = useView();
  const stop = props.answer.stopped_at?.path;
  // Keyed by the component's path (and its occurrence: a symlink may lead
  // the walk through a path twice).
  const seen = new Map<string, number>();
  const keyOf = (step: IWalkEntry): string => {
    const count = seen.get(step.path) ?? 0;
    seen.set(step.path, count + 1);
    return `${step.path}#${count}`;
  };
  return (
    <table className="jp-IsolationInfo-explain-walk">
      <tbody>
        {props.answer.walk.map(step => {
          const owner =
            step.uid === null
              ? '?'
              : `${step.owner ?? step.uid}${
                  step.host_uid !== null && step.host_uid !== step.uid
                    ? ` → host ${step.host_uid}`
                    : ''
                }`;
          const notes = [
            step.symlink_target !== null ? `→ ${step.symlink_target}` : '',
            step.searchable === false ? trans.__('no search for you') : '',
            step.owner_unmapped ? trans.__('owner not mapped here') : '',
            step.path === stop ? trans.__('stops you') : '',
            step.error ?? ''
          ].filter(Boolean);
          const group = visible(
            step.group ?? (step.gid === null ? '?' : String(step.gid))
          );
          return (
            <tr
              key={keyOf(step)}
              className={step.path === stop ? 'jp-mod-denied' : undefined}
            >
              <td className="jp-IsolationInfo-explain-mode">
                {visible(step.mode_text ?? '?')}
              </td>
              <td title={visible(owner)}>{visible(owner)}</td>
              <td title={group}>{group}</td>
              <td className="jp-IsolationInfo-explain-walkPath">
                {pathWithBreaks(visible(step.path))}
              </td>
              <td>{visible(notes.join('; '))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

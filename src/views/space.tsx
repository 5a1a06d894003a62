import * as React from 'react';

import { visible } from '../escape';
import { belowStart, formatBytes, joinPath, parentPath } from '../space/format';
import { IHeldFile, ISized, ISpaceAnswer } from '../space/types';
import { SpaceWalkState } from '../tokens';
import { useView } from './context';
import { ActionButton, CopyButton, Prose, Words } from './fields';
import { Section } from './section';
import { SPACE_SECTION } from './sectionids';

/**
 * Largest folders drawn as bars; the rest are in the CLI's --json.
 */
const SHOWN_FOLDERS = 10;

type Translate = { __: (msg: string, ...args: unknown[]) => string };

/**
 * Where a cache or held file is, or why the server does not say (outside
 * the file browser's root).
 */
function where(item: { path: string | null; path_reason: string | null }) {
  return visible(item.path ?? item.path_reason ?? '');
}

/**
 * The Space section: a button walks the home (the file browser's root) or a
 * folder in it; while the walk runs, its progress and a Cancel; then where
 * the space went. Every name is shown as text, invisible characters
 * escaped.
 */
export function SpaceSection(props: {
  state: SpaceWalkState;
  walk: (path: string, refresh?: boolean) => void;
  cancel: () => void;
  expanded: boolean;
  onToggle: (id: string) => void;
}): JSX.Element {
  const { trans } = useView();
  const { state } = props;
  const path = state.status === 'idle' ? '' : state.path;
  const envelope =
    state.status === 'idle' || state.status === 'failed'
      ? null
      : state.envelope;
  const answer = envelope?.answer ?? null;
  const up = state.status === 'idle' ? null : parentPath(path);
  return (
    <Section
      id={SPACE_SECTION}
      title={trans.__('Space')}
      expanded={props.expanded}
      onToggle={props.onToggle}
    >
      <p className="jp-IsolationInfo-spaceWhere">
        <Words
          text={
            state.status === 'idle'
              ? trans.__(
                  'Where the space of your home (the file browser’s root) went: nothing is walked until you ask.'
                )
              : trans.__('Folder: %1', path ? visible(path) : trans.__('home'))
          }
        />
      </p>
      <div className="jp-IsolationInfo-spaceActions">
        {state.status === 'running' ? (
          <ActionButton
            text={
              state.cancelling ? trans.__('Cancelling…') : trans.__('Cancel')
            }
            disabled={state.cancelling}
            onClick={props.cancel}
          />
        ) : (
          <>
            <ActionButton
              text={
                state.status === 'idle'
                  ? trans.__('Walk the home')
                  : trans.__('Walk again')
              }
              disabled={state.status === 'starting'}
              onClick={() =>
                state.status === 'idle'
                  ? props.walk('')
                  : props.walk(path, true)
              }
            />
            {up !== null && (
              <ActionButton
                text={trans.__('Up to %1', up ? visible(up) : trans.__('home'))}
                disabled={state.status === 'starting'}
                onClick={() => props.walk(up)}
              />
            )}
          </>
        )}
      </div>
      {state.status === 'starting' && (
        <p role="status">{trans.__('Starting the walk…')}</p>
      )}
      {state.status === 'failed' && (
        <Prose
          className="jp-IsolationInfo-error"
          text={trans.__('The walk failed: %1', visible(state.message))}
        />
      )}
      {state.status === 'running' && (
        <Progress
          entries={state.envelope.progress.entries}
          bytes={state.envelope.progress.bytes}
          seconds={state.envelope.progress.seconds}
        />
      )}
      {answer && state.status !== 'running' && (
        <Answer
          answer={answer}
          path={path}
          walk={props.walk}
          busy={state.status === 'starting'}
        />
      )}
    </Section>
  );
}

/**
 * A running walk: how far it got. Its end is not known beforehand, so the
 * bar is indeterminate and its value text carries the figures.
 */
function Progress(props: {
  entries: number;
  bytes: number;
  seconds: number;
}): JSX.Element {
  const { trans } = useView();
  const text = trans.__(
    '%1 entries, %2 so far (%3 s)',
    props.entries.toLocaleString('en-US'),
    formatBytes(props.bytes),
    props.seconds.toFixed(1)
  );
  return (
    <div className="jp-IsolationInfo-spaceProgress">
      <div
        className="jp-IsolationInfo-progress"
        role="progressbar"
        aria-label={trans.__('Walking')}
        aria-valuetext={text}
      >
        <div className="jp-IsolationInfo-progressFill" />
      </div>
      <p className="jp-IsolationInfo-progressText">{text}</p>
    </div>
  );
}

function sized(bytes: number | null, atLeast: boolean, trans: Translate) {
  if (bytes === null) {
    return trans.__('unknown');
  }
  return atLeast
    ? trans.__('at least %1', formatBytes(bytes))
    : formatBytes(bytes);
}

/**
 * Where the space went: the total, what stopped the walk early, the
 * largest folders (each walked in turn on a click), the caches with the
 * commands that clear them, the Trash, the deleted files still held open,
 * and what could not be read or was not walked.
 */
function Answer(props: {
  answer: ISpaceAnswer;
  path: string;
  walk: (path: string) => void;
  busy: boolean;
}): JSX.Element {
  const { trans } = useView();
  const { answer } = props;
  const total = answer.total;
  // Sized caches are listed; one not sized here (outside the walked
  // folder, on another mount) is named with why, folded; an absent one is
  // not shown.
  const caches = answer.caches.filter(
    cache => cache.id !== 'trash' && cache.found === true
  );
  const trash =
    answer.caches.find(cache => cache.id === 'trash' && cache.found) ?? null;
  const notSized = answer.caches.filter(cache => cache.found === null);
  return (
    <div className="jp-IsolationInfo-spaceAnswer">
      {total.bytes !== null && (
        <p className="jp-IsolationInfo-spaceTotal">
          <Words
            text={trans.__(
              '%1 in %2 entries of %3 (%4)',
              sized(total.bytes, total.at_least, trans),
              total.entries.toLocaleString('en-US'),
              visible(answer.resolved ?? answer.path ?? ''),
              answer.filesystem ? visible(answer.filesystem.type) : '?'
            )}
          />
        </p>
      )}
      {answer.stopped && (
        <Prose
          className="jp-IsolationInfo-spacePartial jp-mod-warning"
          text={trans.__(
            'A partial answer: %1',
            visible(answer.stopped.sentence)
          )}
        />
      )}
      {answer.errors.map(error => (
        <Prose
          key={error}
          className="jp-IsolationInfo-error"
          text={visible(error)}
        />
      ))}
      <Folders {...props} />
      {caches.length > 0 && (
        <>
          <h4>{trans.__('Caches')}</h4>
          <ul className="jp-IsolationInfo-spaceCaches">
            {caches.map(cache => (
              <li key={cache.id} data-cache={cache.id}>
                <span className="jp-IsolationInfo-spaceCacheName">
                  <Words
                    text={trans.__(
                      '%1: %2 at %3',
                      visible(cache.name),
                      sized(cache.bytes, cache.at_least, trans),
                      where(cache)
                    )}
                  />
                </span>
                <ClearCommand command={cache.clear} name={cache.name} />
                {cache.note && (
                  <span className="jp-IsolationInfo-spaceNote">
                    <Words text={visible(cache.note)} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {answer.checkpoints && answer.checkpoints.folders > 0 && (
        <Prose
          text={trans.__(
            '.ipynb_checkpoints: %1 in %2 folders. %3',
            sized(answer.checkpoints.bytes, answer.checkpoints.at_least, trans),
            answer.checkpoints.folders,
            visible(answer.checkpoints.note)
          )}
        />
      )}
      {trash && (
        <div className="jp-IsolationInfo-spaceTrash" data-cache="trash">
          <h4>{trans.__('Trash')}</h4>
          <p>
            <Words
              text={trans.__(
                '%1 at %2',
                sized(trash.bytes, trash.at_least, trans),
                where(trash)
              )}
            />
          </p>
          <ClearCommand command={trash.clear} name={trash.name} />
          {trash.note && (
            <p className="jp-IsolationInfo-spaceNote">
              <Words text={visible(trash.note)} />
            </p>
          )}
        </div>
      )}
      {notSized.length > 0 && (
        <details className="jp-IsolationInfo-spaceNotSized">
          <summary>
            <Words
              text={trans.__('Caches not sized here (%1)', notSized.length)}
            />
          </summary>
          <ul>
            {notSized.map(cache => (
              <li key={cache.id} data-cache={cache.id}>
                <Words
                  text={
                    cache.path === null
                      ? trans.__(
                          '%1: %2',
                          visible(cache.name),
                          visible(cache.reason ?? where(cache))
                        )
                      : trans.__(
                          '%1 at %2: %3',
                          visible(cache.name),
                          visible(cache.path),
                          visible(cache.reason ?? trans.__('unknown'))
                        )
                  }
                />
              </li>
            ))}
          </ul>
        </details>
      )}
      <Held held={answer.held_deleted} />
      <PathsWithReasons
        title={trans.__('Folders that could not be read')}
        note={trans.__('Every total above them is at least what is shown.')}
        className="jp-IsolationInfo-spaceUnreadable"
        items={answer.unreadable.map(item => [item.path, item.reason])}
        leftOut={answer.unreadable_left_out}
      />
      <PathsWithReasons
        title={trans.__('Not walked')}
        className="jp-IsolationInfo-spaceNotWalked"
        items={answer.not_walked.map(item => [item.path, item.sentence])}
        leftOut={answer.not_walked_left_out}
      />
    </div>
  );
}

/**
 * Paths the walk passed by, each with why (unreadable, not walked), and how
 * many more it left out of the answer; nothing when there are none.
 */
function PathsWithReasons(props: {
  title: string;
  note?: string;
  className: string;
  items: Array<[path: string, reason: string]>;
  leftOut: number;
}): JSX.Element | null {
  const { trans } = useView();
  if (!props.items.length) {
    return null;
  }
  return (
    <>
      <h4>{props.title}</h4>
      {props.note && <p>{props.note}</p>}
      <ul className={props.className}>
        {props.items.map(([path, reason]) => (
          <li key={path}>
            <Words text={trans.__('%1: %2', visible(path), visible(reason))} />
          </li>
        ))}
        {props.leftOut > 0 && (
          <li>{trans.__('… and %1 more', props.leftOut)}</li>
        )}
      </ul>
    </>
  );
}

/**
 * The largest folders directly in the walked one, as a bar chart: each
 * name a button that walks that folder (the same answer, one level down).
 */
function Folders(props: {
  answer: ISpaceAnswer;
  path: string;
  walk: (path: string) => void;
  busy: boolean;
}): JSX.Element | null {
  const { trans } = useView();
  const { answer } = props;
  const folders: ISized[] = answer.children.slice(0, SHOWN_FOLDERS);
  if (!folders.length) {
    return null;
  }
  const largest = Math.max(1, ...folders.map(folder => folder.bytes));
  return (
    <>
      <h4>{trans.__('Largest folders')}</h4>
      <ul className="jp-IsolationInfo-spaceFolders">
        {folders.map(folder => {
          const name = belowStart(folder.path, answer.resolved);
          const size = sized(folder.bytes, folder.at_least, trans);
          const shown = visible(name ?? folder.path);
          return (
            <li key={folder.path} data-folder={folder.path}>
              {name !== null ? (
                <button
                  type="button"
                  className="jp-IsolationInfo-spaceFolder"
                  disabled={props.busy}
                  title={trans.__('Walk %1', shown)}
                  onClick={() => props.walk(joinPath(props.path, name))}
                >
                  {shown}
                </button>
              ) : (
                <span className="jp-IsolationInfo-spaceFolder">{shown}</span>
              )}
              <span className="jp-IsolationInfo-spaceBar" aria-hidden="true">
                <span
                  className="jp-IsolationInfo-spaceBarFill"
                  style={{ width: `${(100 * folder.bytes) / largest}%` }}
                />
              </span>
              <span className="jp-IsolationInfo-spaceSize">{size}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * A command that frees space, as text with a copy button: never run for
 * the user.
 */
function ClearCommand(props: { command: string; name: string }): JSX.Element {
  const { trans } = useView();
  const command = visible(props.command);
  return (
    <span className="jp-IsolationInfo-spaceClear">
      <code>{command}</code>
      <CopyButton
        value={props.command}
        label={trans.__('Copy the command that clears %1', visible(props.name))}
      />
    </span>
  );
}

/**
 * Deleted files still held open: what holds them, and for a kernel the
 * notebook to restart.
 */
function Held(props: {
  held: ISpaceAnswer['held_deleted'];
}): JSX.Element | null {
  const { trans } = useView();
  const held = props.held;
  if (!held) {
    return null;
  }
  if (!held.count && !held.error) {
    return null;
  }
  return (
    <>
      <h4>{trans.__('Deleted but still held open')}</h4>
      {held.error && (
        <Prose className="jp-IsolationInfo-error" text={visible(held.error)} />
      )}
      {held.count > 0 && (
        <p>
          <Words
            text={trans.__(
              '%1 in %2 files, freed when the processes holding them close them or exit.',
              formatBytes(held.bytes),
              held.count
            )}
          />
        </p>
      )}
      <ul className="jp-IsolationInfo-spaceHeld">
        {held.files.map(file => (
          <HeldFile
            key={
              file.path ??
              file.holders.map(holder => `${holder.pid}:${holder.fd}`).join()
            }
            file={file}
          />
        ))}
        {held.left_out > 0 && (
          <li>{trans.__('… and %1 more', held.left_out)}</li>
        )}
      </ul>
    </>
  );
}

function HeldFile(props: { file: IHeldFile }): JSX.Element {
  const { trans } = useView();
  const { file } = props;
  const size = formatBytes(file.bytes);
  return (
    <li>
      <span>
        <Words text={trans.__('%1: %2', where(file), size)} />
      </span>
      <ul>
        {file.holders.map(holder => (
          <li key={`${holder.pid}:${holder.fd}`}>
            <Words
              text={
                holder.notebook
                  ? trans.__(
                      'Restart the kernel of %1 to free %2 (pid %3, %4).',
                      visible(holder.notebook),
                      size,
                      holder.pid,
                      visible(holder.process ?? trans.__('unknown process'))
                    )
                  : trans.__(
                      'Held by pid %1 (%2)',
                      holder.pid,
                      visible(holder.process ?? trans.__('unknown process'))
                    )
              }
            />
          </li>
        ))}
        {file.holders_left_out > 0 && (
          <li>{trans.__('… and %1 more', file.holders_left_out)}</li>
        )}
      </ul>
    </li>
  );
}

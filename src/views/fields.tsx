import { copyIcon } from '@jupyterlab/ui-components';
import * as React from 'react';

import { visible } from '../escape';
import { FactTone } from '../facts';
import { useView } from './context';

/**
 * Values longer than this (paths, ARNs, maps) are cut with an ellipsis, keep
 * their full text on hover and get a copy button.
 */
export const LONG_VALUE = 24;
// A value longer than this is shown cut (the copy button still copies it
// whole): a megabyte-long string would otherwise be laid out on every poll.
export const SHOWN_VALUE = 1000;

/**
 * One row of a definition list: its label, its value (text) and the classes
 * of the value's cell (a tone, say). `id` keys the row (the label when not
 * given): a fact keeps its row when others come and go.
 */
export interface IField {
  label: string;
  value: string;
  className?: string;
  id?: string;
  /**
   * The collector's judgement of the value: when given, its wording is
   * shown, in its tone, with its reason on hover.
   */
  fact?: FactTone | null;
  /**
   * Drawn under the value in its cell (a volume's meters).
   */
  extra?: React.ReactNode;
  /**
   * A volume's row: its mount point, by which the panel finds the row to
   * scroll to and focus, and its accessible name; the value describes it.
   */
  volume?: { mountPoint: string; name: string };
}

/**
 * The classes of a judged value: its tone.
 */
export function toneClass(fact: FactTone | null | undefined): string {
  return fact ? `jp-IsolationInfo-value jp-mod-${fact.tone}` : '';
}

/**
 * A definition list of label/value rows, keyed by their label. A row never
 * breaks inside a word: a value that does not fit is ellipsized, whole on
 * hover, and a long one has a copy button.
 */
export function Fields(props: { rows: IField[] }): JSX.Element {
  return (
    <dl className="jp-IsolationInfo-fields">
      {props.rows.map(row => (
        <Field key={row.id ?? row.label} {...row} />
      ))}
    </dl>
  );
}

function Field(props: IField): JSX.Element {
  const { trans } = useView();
  const fact = props.fact;
  const value = fact ? fact.text : props.value;
  const shown = visible(
    value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE)}…` : value
  );
  const label = visible(props.label);
  const long = value.length > LONG_VALUE;
  // A sentence wraps between its words; one long token (an ARN, a path) is
  // cut, and a click on it shows it whole.
  const prose = /\s/.test(shown);
  const [whole, setWhole] = React.useState(false);
  const valueId = React.useId();
  const reason = fact?.reason ? visible(fact.reason) : null;
  const hover = [long ? shown : null, reason].filter(Boolean).join('\n');
  const className = [props.className, toneClass(fact)]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <dt title={label}>
        {props.volume ? (
          // A term may not be named (ARIA): the focus goes to a named group
          // inside it, described by the value.
          <span
            role="group"
            tabIndex={-1}
            className="jp-IsolationInfo-rowTarget"
            data-volume={props.volume.mountPoint}
            aria-label={visible(props.volume.name)}
            aria-describedby={valueId}
          >
            {label}
          </span>
        ) : (
          label
        )}
      </dt>
      <dd
        id={props.volume ? valueId : undefined}
        className={className || undefined}
        data-tone={fact?.tone}
      >
        {prose ? (
          <span
            className="jp-IsolationInfo-text jp-mod-prose"
            title={hover || undefined}
          >
            <Words text={shown} />
          </span>
        ) : long ? (
          <button
            type="button"
            className={`jp-IsolationInfo-text jp-IsolationInfo-expand${whole ? ' jp-mod-whole' : ''}`}
            aria-expanded={whole}
            title={hover || undefined}
            onClick={() => setWhole(!whole)}
          >
            {shown}
          </button>
        ) : (
          <span className="jp-IsolationInfo-text" title={hover || undefined}>
            {shown}
          </span>
        )}
        {long && (
          <CopyButton value={value} label={trans.__('Copy %1', label)} />
        )}
        {props.extra}
      </dd>
    </>
  );
}

/**
 * A text button of the panel's own (Retry, Walk, Show the volume, Close):
 * one look for every action drawn in the panel.
 */
export function ActionButton(props: {
  text: string;
  onClick: () => void;
  disabled?: boolean;
  /** An accessible name when the text alone does not say what it acts on. */
  label?: string;
  /** Extra classes that name the button for styles and tests. */
  className?: string;
}): JSX.Element {
  const extra = props.className ? ` ${props.className}` : '';
  return (
    <button
      type="button"
      className={`jp-Button jp-mod-styled jp-mod-reject jp-IsolationInfo-action${extra}`}
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.text}
    </button>
  );
}

/**
 * A small button that copies `value`.
 */
export function CopyButton(props: {
  value: string;
  label: string;
}): JSX.Element {
  const { copy } = useView();
  return (
    <button
      type="button"
      className="jp-IsolationInfo-copy jp-Button jp-mod-minimal"
      aria-label={props.label}
      title={props.label}
      data-copy={props.value}
      onClick={() => copy(props.value)}
    >
      <span className="jp-IsolationInfo-copyIcon" aria-hidden="true">
        <copyIcon.react tag="span" elementSize="small" />
      </span>
    </button>
  );
}

/**
 * Text (already escaped) that wraps between words and never inside one: a
 * browser would break "read-only" after its hyphen and a path after a
 * slash, so each word is kept whole (white-space: nowrap).
 */
export function Words(props: { text: string }): JSX.Element {
  return (
    <>
      {props.text
        .split(/(\s+)/)
        .map((part, index) =>
          index % 2 ? part : part ? <Word key={index} text={part} /> : null
        )}
    </>
  );
}

/**
 * One word, whole; a path may wrap after each '/', each piece kept whole
 * (a path longer than the line is shown, not cut).
 */
function Word(props: { text: string }): JSX.Element {
  const pieces = props.text.split(/(?<=\/)(?=.)/);
  if (pieces.length === 1) {
    return <span className="jp-IsolationInfo-word">{props.text}</span>;
  }
  return (
    <span className="jp-IsolationInfo-path">
      {pieces.map((piece, index) => (
        <React.Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="jp-IsolationInfo-word">{piece}</span>
        </React.Fragment>
      ))}
    </span>
  );
}

/**
 * A paragraph of text (already escaped): it wraps between words, and a word
 * longer than the line is cut at its edge, so the whole text is on hover.
 */
export function Prose(props: {
  text: string;
  className?: string;
}): JSX.Element {
  return (
    <p className={props.className} title={props.text}>
      <Words text={props.text} />
    </p>
  );
}

/**
 * A per-section error sentence from the server.
 */
export function ErrorLine(props: { message: string }): JSX.Element {
  return (
    <Prose className="jp-IsolationInfo-error" text={visible(props.message)} />
  );
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

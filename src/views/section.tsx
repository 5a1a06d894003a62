import { caretDownIcon } from '@jupyterlab/ui-components';
import * as React from 'react';

import { Words } from './fields';

/**
 * A titled section that collapses under its heading's button (the WAI-ARIA
 * accordion pattern: a heading holding a button with aria-expanded).
 *
 * A flowing list of these, rather than an AccordionPanel: an AccordionPanel
 * shares the sidebar's height among its open sections, so a long metadata
 * list would scroll inside a box while the rest of the report is cut off.
 */
export function Section(props: {
  id: string;
  title: string;
  expanded: boolean;
  hidden?: boolean;
  onToggle: (id: string) => void;
  children?: React.ReactNode;
}): JSX.Element {
  const { id, expanded } = props;
  const headingId = `jp-IsolationInfo-${id}-heading`;
  const bodyId = `jp-IsolationInfo-${id}-body`;
  return (
    <section
      className={`jp-IsolationInfo-section jp-IsolationInfo-${id}${
        expanded ? '' : ' jp-mod-collapsed'
      }`}
      data-section={id}
      aria-labelledby={headingId}
      hidden={props.hidden}
    >
      <h3 className="jp-IsolationInfo-sectionTitle" id={headingId}>
        <button
          type="button"
          className="jp-IsolationInfo-sectionToggle"
          aria-controls={bodyId}
          aria-expanded={expanded ? 'true' : 'false'}
          onClick={() => props.onToggle(id)}
        >
          <span className="jp-IsolationInfo-caret" aria-hidden="true">
            <caretDownIcon.react tag="span" />
          </span>
          <span>
            <Words text={props.title} />
          </span>
        </button>
      </h3>
      <div
        className="jp-IsolationInfo-sectionBody"
        id={bodyId}
        hidden={!expanded}
      >
        {props.children}
      </div>
    </section>
  );
}

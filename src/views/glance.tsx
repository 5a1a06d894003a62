import * as React from 'react';

import { visible } from '../escape';
import type { Summary } from '../report.generated';
import { IReport } from '../types';
import { useView } from './context';

/**
 * The four answers and the verdict, each leading to its section.
 */
export function Glance(props: {
  report: IReport;
  reveal: (section: string) => void;
}): JSX.Element {
  const { trans } = useView();
  const { report, reveal } = props;
  const result = report.summary.verdict;
  return (
    <div
      className="jp-IsolationInfo-glance"
      role="group"
      aria-label={trans.__('At a glance')}
    >
      <div className="jp-IsolationInfo-verdictRow">
        <h3 className="jp-IsolationInfo-glanceTitle">
          {trans.__('At a glance')}
        </h3>
        <Verdict verdict={result} onClick={() => reveal('findings')} />
      </div>
      <ul className="jp-IsolationInfo-glanceList">
        {report.summary.glance.map(line => {
          const text = visible(line.text);
          return (
            <li key={line.id}>
              <button
                type="button"
                className={`jp-IsolationInfo-glanceLine jp-mod-${line.tone}`}
                data-line={line.id}
                data-section={line.section}
                data-tone={line.tone}
                title={`${visible(line.label)}: ${text}`}
                onClick={() => reveal(line.section)}
              >
                <span className="jp-IsolationInfo-glanceLabel">
                  {visible(line.label)}
                </span>
                <span className="jp-IsolationInfo-glanceValue">{text}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Verdict(props: {
  verdict: Summary['verdict'];
  onClick: () => void;
}): JSX.Element {
  const { trans } = useView();
  const text = visible(props.verdict.text);
  return (
    <button
      type="button"
      className={`jp-IsolationInfo-verdict jp-mod-${props.verdict.tone}`}
      title={trans.__('Verdict: %1. Show the findings', text)}
      onClick={props.onClick}
    >
      {text}
    </button>
  );
}

import * as React from 'react';

import { visible } from '../../escape';
import { IFinding, IReport, Severity } from '../../types';
import { useView } from '../context';
import { Prose, Words } from '../fields';
import { severityLabel } from '../severity';

type Trans = ReturnType<typeof useView>['trans'];

function groupLabel(severity: Severity, count: number, trans: Trans): string {
  switch (severity) {
    case 'critical':
      return trans._n('%1 critical', '%1 critical', count);
    case 'warning':
      return trans._n('%1 warning', '%1 warnings', count);
    case 'info':
      return trans._n('%1 note', '%1 notes', count);
  }
}

/**
 * A finding's identity: its id and what it is about (its title names the
 * subject: a path, an endpoint), so an inserted finding never takes over
 * another's open state.
 */
export function findingKey(finding: IFinding): string {
  return `${finding.id}\u0000${finding.title}`;
}

/**
 * One finding on one line (severity mark and title), opening to its why and
 * what to do.
 */
function FindingItem(props: { finding: IFinding }): JSX.Element {
  const { trans } = useView();
  const finding = props.finding;
  const title = visible(finding.title);
  return (
    <li
      className="jp-IsolationInfo-finding"
      data-finding-id={finding.id}
      data-severity={finding.severity}
    >
      <details className="jp-IsolationInfo-findingDetails">
        <summary className="jp-IsolationInfo-findingSummary" title={title}>
          <span
            className={`jp-IsolationInfo-severityIcon jp-mod-${finding.severity}`}
            aria-hidden="true"
          />
          <span className="jp-IsolationInfo-visuallyHidden">
            {`${severityLabel(finding.severity, trans)}: `}
          </span>
          <span className="jp-IsolationInfo-findingTitle">
            <Words text={title} />
          </span>
        </summary>
        <Prose
          className="jp-IsolationInfo-findingDetail"
          text={visible(finding.detail)}
        />
      </details>
    </li>
  );
}

/**
 * The findings grouped by severity in the collector's order (worst first),
 * each group counted.
 */
export function Findings(props: { report: IReport }): JSX.Element {
  const { trans } = useView();
  const { findings, summary } = props.report;
  if (findings.length === 0) {
    return <p>{trans.__('Nothing to report: no finding applies.')}</p>;
  }
  return (
    <>
      {summary.severity_order.map(severity => {
        const members = findings.filter(f => f.severity === severity);
        if (!members.length) {
          return null;
        }
        const headingId = `jp-IsolationInfo-findings-${severity}`;
        return (
          <React.Fragment key={severity}>
            <h4 className="jp-IsolationInfo-findingGroup" id={headingId}>
              {groupLabel(severity, members.length, trans)}
            </h4>
            <ul
              className="jp-IsolationInfo-findingList"
              aria-labelledby={headingId}
            >
              {members.map(finding => (
                <FindingItem key={findingKey(finding)} finding={finding} />
              ))}
            </ul>
          </React.Fragment>
        );
      })}
    </>
  );
}

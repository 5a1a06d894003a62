import { TranslationBundle } from '@jupyterlab/translation';

import { sortFindings } from '../format';
import { IFinding, IReport, Severity } from '../tokens';
import { el } from './dom';

export function severityLabel(
  severity: Severity,
  trans: TranslationBundle
): string {
  switch (severity) {
    case 'critical':
      return trans.__('Critical');
    case 'warning':
      return trans.__('Warning');
    case 'info':
      return trans.__('Info');
  }
}

function groupLabel(
  severity: Severity,
  count: number,
  trans: TranslationBundle
): string {
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
 * One finding on one line (severity mark and title), opening to its why and
 * what to do.
 */
function findingItem(finding: IFinding, trans: TranslationBundle): HTMLElement {
  const mark = el('span', {
    className: `jp-IsolationInfo-severityIcon jp-mod-${finding.severity}`
  });
  mark.setAttribute('aria-hidden', 'true');
  const summary = el(
    'summary',
    { className: 'jp-IsolationInfo-findingSummary' },
    mark,
    el('span', {
      className: 'jp-IsolationInfo-visuallyHidden',
      text: `${severityLabel(finding.severity, trans)}: `
    }),
    el('span', {
      className: 'jp-IsolationInfo-findingTitle',
      text: finding.title
    })
  );
  summary.title = finding.title;
  const details = el(
    'details',
    { className: 'jp-IsolationInfo-findingDetails' },
    summary,
    el('p', {
      className: 'jp-IsolationInfo-findingDetail',
      text: finding.detail
    })
  );
  details.dataset.key = finding.id;
  const item = el('li', { className: 'jp-IsolationInfo-finding' }, details);
  item.dataset.findingId = finding.id;
  item.dataset.severity = finding.severity;
  return item;
}

/**
 * The findings grouped by severity, worst first, each group counted.
 */
export function renderFindings(
  report: IReport,
  trans: TranslationBundle
): Node[] {
  const findings = sortFindings(report.findings);
  if (findings.length === 0) {
    return [
      el('p', { text: trans.__('Nothing to report: no finding applies.') })
    ];
  }
  const groups: Node[] = [];
  for (const severity of ['critical', 'warning', 'info'] as Severity[]) {
    const members = findings.filter(f => f.severity === severity);
    if (!members.length) {
      continue;
    }
    const headingId = `jp-IsolationInfo-findings-${severity}`;
    const heading = el('h4', {
      className: 'jp-IsolationInfo-findingGroup',
      text: groupLabel(severity, members.length, trans)
    });
    heading.id = headingId;
    const list = el(
      'ul',
      { className: 'jp-IsolationInfo-findingList' },
      ...members.map(finding => findingItem(finding, trans))
    );
    list.setAttribute('aria-labelledby', headingId);
    groups.push(heading, list);
  }
  return groups;
}

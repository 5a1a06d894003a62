import { TranslationBundle } from '@jupyterlab/translation';

import { sortFindings } from '../format';
import { IReport, Severity } from '../tokens';
import { el, section } from './dom';

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

/**
 * The findings, worst first, each with its plain "why".
 */
export function renderFindings(
  report: IReport,
  trans: TranslationBundle
): HTMLElement {
  const findings = sortFindings(report.findings);
  if (findings.length === 0) {
    return section(
      'findings',
      trans.__('Findings'),
      el('p', { text: trans.__('Nothing to report: no finding applies.') })
    );
  }
  const list = el('ul', { className: 'jp-IsolationInfo-findingList' });
  for (const finding of findings) {
    const item = el(
      'li',
      {
        className: `jp-IsolationInfo-finding jp-mod-${finding.severity}`
      },
      el('span', {
        className: 'jp-IsolationInfo-severity',
        text: severityLabel(finding.severity, trans)
      }),
      el('strong', {
        className: 'jp-IsolationInfo-findingTitle',
        text: finding.title
      }),
      el('p', {
        className: 'jp-IsolationInfo-findingDetail',
        text: finding.detail
      })
    );
    item.dataset.findingId = finding.id;
    list.append(item);
  }
  return section('findings', trans.__('Findings'), list);
}

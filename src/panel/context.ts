import { TranslationBundle } from '@jupyterlab/translation';

import { IReport } from '../tokens';
import { definitionList, el, errorLine, yesNo } from './dom';

/**
 * Where am I: partition, region, account, domain, space or profile, app, role.
 */
export function renderContext(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const context = report.context;
  if (!context) {
    return null;
  }
  const unknown = trans.__('unknown');
  const kind = {
    classic: trans.__('Studio Classic'),
    new: trans.__('new Studio'),
    other: trans.__('another SageMaker app')
  };
  const rows: Array<[string, string, string?]> = [
    [
      trans.__('Studio'),
      context.in_studio
        ? context.studio
          ? kind[context.studio]
          : unknown
        : trans.__('not a Studio app')
    ],
    [
      trans.__('App'),
      `${context.app_type ?? unknown} / ${context.app_name ?? unknown}`
    ],
    [trans.__('Region'), context.region ?? unknown],
    [trans.__('Account'), context.account ?? unknown],
    [trans.__('Domain'), context.domain ?? unknown],
    [trans.__('Space'), context.space ?? unknown],
    [trans.__('User profile'), context.user_profile ?? unknown],
    [trans.__('Execution role'), context.execution_role ?? unknown],
    [
      trans.__('HOME moved'),
      yesNo(context.home_moved, trans),
      context.home_moved ? 'jp-mod-warning' : undefined
    ]
  ];
  const children: Node[] = [definitionList(rows, trans)];
  if (context.meaning) {
    children.push(el('p', { text: context.meaning }));
  }
  if (context.error) {
    children.push(errorLine(context.error));
  }
  return children;
}

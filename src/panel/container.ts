import { TranslationBundle } from '@jupyterlab/translation';

import { IReport } from '../tokens';
import { definitionList, el, errorLine, yesNo } from './dom';

/**
 * Capabilities (those beyond Docker's defaults marked), seccomp, no_new_privs.
 */
export function renderContainer(
  report: IReport,
  trans: TranslationBundle
): Node[] | null {
  const caps = report.capabilities;
  if (!caps) {
    return null;
  }
  const beyond = new Set(caps.beyond_docker_default);
  const bounding = el('ul', { className: 'jp-IsolationInfo-capList' });
  for (const cap of caps.bounding) {
    const item = el('li', { text: cap });
    if (beyond.has(cap)) {
      item.classList.add('jp-mod-warning');
      item.title = trans.__("Not in Docker's default set");
    }
    bounding.append(item);
  }
  const none = trans.__('none');
  const children: Node[] = [
    definitionList(
      [
        [
          trans.__("Beyond Docker's defaults"),
          caps.beyond_docker_default.join(', ') || none,
          caps.beyond_docker_default.length
            ? 'jp-IsolationInfo-value jp-mod-warning'
            : 'jp-IsolationInfo-value jp-mod-ok'
        ],
        [trans.__('Effective'), caps.effective.join(', ') || none],
        [trans.__('Seccomp'), caps.seccomp ?? trans.__('unknown')],
        [trans.__('no_new_privs'), yesNo(caps.no_new_privs, trans)]
      ],
      trans
    ),
    el(
      'details',
      { className: 'jp-IsolationInfo-raw' },
      el('summary', {
        text: trans.__('Bounding set (%1)', caps.bounding.length)
      }),
      bounding,
      definitionList(
        [
          [trans.__('Permitted'), caps.permitted.join(', ') || none],
          [trans.__('Inheritable'), caps.inheritable.join(', ') || none],
          [trans.__('Ambient'), caps.ambient.join(', ') || none]
        ],
        trans
      )
    )
  ];
  if (caps.error) {
    children.push(errorLine(caps.error));
  }
  return children;
}

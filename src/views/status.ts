import { TranslationBundle } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

import { factKey, factTone } from '../facts';
import { isolationIcon } from '../icon';
import { visible } from '../escape';
import { fullVolumes } from '../space/volumes';
import { IIsolationInfo } from '../tokens';
import { severityLabel } from './severity';

/**
 * The host uid, the worst finding, a volume the collector judges full or
 * nearly full and, when the collector judges them a
 * warning, the container's OOM kills at a glance (memory use against the
 * limit is jupyter-resource-usage's job); a click runs `onClick` with that
 * volume.
 */
export class IsolationStatus extends Widget {
  constructor(options: IsolationStatus.IOptions) {
    super({ node: document.createElement('button') });
    this._model = options.model;
    this._trans = options.trans;
    const node = this.node as HTMLButtonElement;
    node.type = 'button';
    this.addClass('jp-IsolationInfo-statusItem');
    isolationIcon.element({ container: this._iconNode, tag: 'span' });
    node.append(this._iconNode, this._text);
    // The volume named in the item, so the click opens the panel at it.
    node.addEventListener('click', () => options.onClick(this._volume));
    this._model.stateChanged.connect(this._render, this);
    this._render();
  }

  private _render(): void {
    const trans = this._trans;
    const state = this._model.state;
    for (const tone of ['ok', 'warning', 'critical', 'unknown', 'neutral']) {
      this.removeClass(`jp-mod-${tone}`);
    }
    let text: string;
    let label: string;
    if (state.status === 'ready') {
      const hostUid = state.report.user_namespace.host_uid;
      const uidText = hostUid === null ? trans.__('unknown') : `${hostUid}`;
      const { worst_severity: worst, verdict } = state.report.summary;
      text = trans.__('host uid %1', uidText);
      label = trans.__('Host UID %1', uidText);
      // In the verdict's tone; the worst severity named when the verdict
      // warns.
      this.addClass(`jp-mod-${verdict.tone}`);
      if (
        worst &&
        (verdict.tone === 'critical' || verdict.tone === 'warning')
      ) {
        text += ` · ${severityLabel(worst, trans)}`;
        label += `, ${trans.__('worst finding: %1', severityLabel(worst, trans))}`;
      }
      const kills = state.report.limits?.memory.oom_kill ?? null;
      const killsTone = factTone(
        state.report,
        factKey('limits', 'memory.oom_kill')
      );
      if (kills !== null && killsTone?.tone === 'warning') {
        const killsText = trans._n('%1 OOM kill', '%1 OOM kills', kills);
        text += ` · ${killsText}`;
        label += `, ${killsText}`;
      }
      // The fullest volume the judge warns of; the others are in the panel.
      const volume = fullVolumes(state.report)[0];
      this._volume = volume?.mountPoint ?? null;
      if (volume) {
        const point = visible(volume.mountPoint);
        const short =
          volume.state === 'full'
            ? trans.__('%1 full', point)
            : trans.__('%1 nearly full', point);
        text += ` · ${short}`;
        label += `, ${trans.__('%1: %2', point, visible(volume.text))}`;
      }
    } else if (state.status === 'failed') {
      this._volume = null;
      text = trans.__('isolation: error');
      label = trans.__('The isolation report could not be loaded');
    } else {
      this._volume = null;
      text = trans.__('isolation…');
      label = trans.__('Loading the isolation report');
    }
    this._text.textContent = text;
    this.node.setAttribute(
      'aria-label',
      trans.__('%1. Open Isolation Info', label)
    );
    this.node.title = trans.__('%1. Open Isolation Info', label);
  }

  private _model: IIsolationInfo;
  private _volume: string | null = null;
  private _trans: TranslationBundle;
  private _iconNode = document.createElement('span');
  private _text = document.createElement('span');
}

export namespace IsolationStatus {
  export interface IOptions {
    model: IIsolationInfo;
    trans: TranslationBundle;
    /**
     * Called on a click with the mount point of the full or nearly full
     * volume the item shows, or null.
     */
    onClick: (volume: string | null) => void;
  }
}

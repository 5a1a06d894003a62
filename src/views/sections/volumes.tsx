import * as React from 'react';

import { factKey, factTone } from '../../facts';
import { visible } from '../../escape';
import { usedPercent } from '../../space/format';
import { fullVolumeAt, volumeWalk } from '../../space/volumes';
import { IReport } from '../../types';
import { useView } from '../context';
import { ActionButton, Fields, Prose } from '../fields';
import { Meter } from '../meter';

/**
 * How full each volume the user writes to is, one row per mount, with what
 * lives there (home, packages, /tmp, /dev/shm…), in the collector's wording
 * and tones; its space and inodes each drawn as a meter.
 */
export function Volumes(props: { report: IReport }): JSX.Element | null {
  const { trans } = useView();
  const report = props.report;
  const volumes = report.volumes;
  if (!volumes?.length) {
    return null;
  }
  const unknown = trans.__('unknown');
  return (
    <Fields
      rows={volumes.map(volume => {
        const point = volume.mount_point;
        const fact = (field: string) =>
          factTone(report, factKey('volumes', null, point, field));
        const text = (field: string) => fact(field)?.text ?? unknown;
        const whole = factTone(report, factKey('volumes', null, point));
        const full = fullVolumeAt(report, point);
        return {
          id: point,
          label: trans.__('%1 (%2)', point, volume.roles.join(', ')),
          volume: {
            mountPoint: point,
            name: trans.__(
              'Volume %1: %2',
              point,
              whole?.text ?? trans.__('used %1', text('used_bytes'))
            )
          },
          value: trans.__(
            '%1 from %2, %3; used %4, available %5, inodes %6; on restart: %7',
            volume.filesystem,
            volume.mount_source,
            text('read_only'),
            text('used_bytes'),
            text('available_bytes'),
            text('inodes_used'),
            text('kept_on_restart')
          ),
          className: whole ? `jp-mod-${whole.tone}` : undefined,
          extra: (
            <div className="jp-IsolationInfo-meters">
              <Meter
                label={trans.__('Space used on %1', point)}
                percent={usedPercent(volume.used_bytes, volume.available_bytes)}
                fact={fact('used_bytes')}
                unknownText={trans.__('unknown')}
              />
              <Meter
                label={trans.__('Inodes used on %1', point)}
                percent={usedPercent(
                  volume.inodes_used,
                  volume.inodes_available
                )}
                fact={fact('inodes_used')}
                unknownText={trans.__('unknown')}
              />
              {full && <WhereWent mountPoint={point} />}
            </div>
          )
        };
      })}
    />
  );
}

/**
 * "Where did the space go?" under a full or nearly full volume: the Space
 * section walking the volume's folder when it is inside the file browser's
 * root (the walk reaches nothing else), else why it cannot from here.
 */
function WhereWent(props: { mountPoint: string }): JSX.Element | null {
  const { trans, browserRoot, walkFolder } = useView();
  if (!walkFolder) {
    return null;
  }
  const walk = volumeWalk(props.mountPoint, browserRoot ?? '');
  if ('path' in walk) {
    return (
      <ActionButton
        text={trans.__('Where did the space go?')}
        label={trans.__(
          'Where did the space of %1 go?',
          visible(props.mountPoint)
        )}
        onClick={() => walkFolder(walk.path)}
      />
    );
  }
  return (
    <Prose
      className="jp-IsolationInfo-whereWent"
      text={
        walk.reason === 'outside'
          ? trans.__(
              'Not walked from here: %1 is outside the file browser’s root (%2), and the walk reaches only folders inside it.',
              visible(props.mountPoint),
              visible(browserRoot ?? '')
            )
          : trans.__(
              'Not walked from here: this page does not say where the file browser’s root is.'
            )
      }
    />
  );
}

import * as React from 'react';

import { factKey, factTone } from '../../facts';
import { usedPercent } from '../../space/format';
import { IReport } from '../../types';
import { useView } from '../context';
import { Fields } from '../fields';
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
        return {
          id: point,
          label: trans.__('%1 (%2)', point, volume.roles.join(', ')),
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
            </div>
          )
        };
      })}
    />
  );
}

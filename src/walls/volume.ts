/**
 * "Explain this error" for a full volume (ENOSPC, EDQUOT): the report the
 * page fetched before the write failed shows the volume as it was then, so
 * the click collects it again and the Volumes section shows the volume as it
 * is now, its row focused.
 */
import { TranslationBundle } from '@jupyterlab/translation';

import { visible } from '../escape';
import { wallVolume } from '../space/volumes';
import { IIsolationInfo } from '../tokens';
import { IWallHit } from './recognise';

/**
 * The show command's arguments (CommandIDs.show).
 */
export interface IShowArgs {
  [key: string]: string | boolean;
  section: string;
  focus: boolean;
}

/**
 * Open the Volumes section at once (saying it is refreshing), collect the
 * report again, then focus the row of the volume the wall was met on: that
 * of the path the error named when the report lists it, else the one the
 * judge calls full or nearly full. When none is, say so: nothing is guessed.
 */
export async function showWallVolume(options: {
  model: IIsolationInfo;
  trans: TranslationBundle;
  hit: IWallHit;
  section: string;
  show: (args: IShowArgs) => Promise<unknown>;
}): Promise<void> {
  const { model, trans, hit, section, show } = options;
  model.notify(
    trans.__('Refreshing the report to show the volumes as they are now…')
  );
  // Opened while the report is collected; not focused yet: the row is.
  void show({ section, focus: false });
  await model.refresh({ force: true });
  const state = model.state;
  if (state.status !== 'ready') {
    model.notify(
      trans.__(
        'Could not refresh the report: %1',
        state.status === 'failed' ? visible(state.message) : ''
      )
    );
    await show({ section, focus: true });
    return;
  }
  const paths = hit.paths.filter(path => path.exact).map(path => path.path);
  const target = wallVolume(state.report, paths);
  const point = target.mountPoint ? visible(target.mountPoint) : '';
  let notice: string;
  if (target.mountPoint === null) {
    notice = trans.__(
      'No volume is full now; it may have been freed, or the write was to a volume this report does not list.'
    );
  } else if (target.full) {
    notice = trans.__('%1: %2', point, visible(target.full.text));
  } else {
    notice = trans.__(
      '%1 is not full now; its space may have been freed since the error.',
      point
    );
  }
  if (target.others > 0) {
    notice += ` ${trans._n(
      '%1 other volume is full or nearly full.',
      '%1 other volumes are full or nearly full.',
      target.others
    )}`;
  }
  model.notify(notice);
  await show(
    target.mountPoint === null
      ? { section, focus: true }
      : { section, focus: true, volume: target.mountPoint }
  );
}

import { LabIcon } from '@jupyterlab/ui-components';

import shieldSvg from '../style/icons/shield.svg';

export const isolationIcon = new LabIcon({
  name: 'isolation-info:shield',
  svgstr: shieldSvg
});

import type { TranslationBundle } from '@jupyterlab/translation';

import { SectionKey } from '../../sections';
import { IReport } from '../../types';
import { Capabilities } from './capabilities';
import { Context } from './context';
import { Credentials } from './credentials';
import { Findings } from './findings';
import { Home } from './home';
import { Kernels } from './kernels';
import { Metadata } from './metadata';
import { Mounts } from './mounts';
import { Network } from './network';
import { RunAs } from './runas';
import { Storage } from './storage';
import { UserNamespace } from './userns';
import { Walls } from './walls';

/**
 * One report section as the panel shows it. Adding a section to the panel is
 * one entry in REPORT_SECTIONS.
 */
export interface IReportSection {
  /**
   * The report's key for the section; it names the section's title too.
   */
  key: SectionKey;
  /**
   * The section's view of the report.
   */
  view: (props: { report: IReport }) => JSX.Element | null;
  /**
   * Open until the user closes it.
   */
  expanded: boolean;
}

export const REPORT_SECTIONS: IReportSection[] = [
  { key: 'findings', view: Findings, expanded: true },
  { key: 'run_as', view: RunAs, expanded: true },
  { key: 'user_namespace', view: UserNamespace, expanded: true },
  { key: 'context', view: Context, expanded: true },
  { key: 'home', view: Home, expanded: true },
  { key: 'mounts', view: Mounts, expanded: true },
  { key: 'endpoints', view: Network, expanded: true },
  { key: 'credentials', view: Credentials, expanded: true },
  { key: 'metadata', view: Metadata, expanded: true },
  { key: 'capabilities', view: Capabilities, expanded: false },
  { key: 'walls', view: Walls, expanded: false },
  { key: 'storage', view: Storage, expanded: false },
  { key: 'kernels', view: Kernels, expanded: false }
];

/**
 * Whether the report carries the section (storage: a non-empty one).
 */
export function hasSection(report: IReport, key: SectionKey): boolean {
  const value = (report as unknown as Record<string, unknown>)[key];
  if (key === 'storage') {
    return Array.isArray(value) && value.length > 0;
  }
  return value !== undefined && value !== null;
}

/**
 * The section's title in the user's language: SECTION_TITLES, written out as
 * literals so the string extractor finds them (a test keeps them equal).
 */
export function sectionTitle(
  key: SectionKey,
  trans: TranslationBundle
): string {
  switch (key) {
    case 'findings':
      return trans.__('Findings');
    case 'run_as':
      return trans.__('Run-as user');
    case 'user_namespace':
      return trans.__('User namespace');
    case 'home':
      return trans.__('Home directory');
    case 'metadata':
      return trans.__('App metadata');
    case 'endpoints':
      return trans.__('Network endpoints');
    case 'capabilities':
      return trans.__('Capabilities');
    case 'storage':
      return trans.__('Storage');
    case 'context':
      return trans.__('Where am I');
    case 'mounts':
      return trans.__('Mounts at the home and /opt/ml');
    case 'credentials':
      return trans.__('Credentials');
    case 'walls':
      return trans.__('Walls beyond capabilities');
    case 'kernels':
      return trans.__('Kernels');
  }
}

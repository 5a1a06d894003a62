import { TranslationBundle } from '@jupyterlab/translation';

import { SectionKey } from '../sections';
import { IReport } from '../tokens';
import { renderContainer } from './container';
import { renderContext } from './context';
import { renderCredentials } from './credentials';
import { renderFindings } from './findings';
import { renderHome } from './home';
import { renderKernels } from './kernels';
import { renderMetadata } from './metadata';
import { renderMounts } from './mounts';
import { renderNetwork } from './network';
import { renderRunAs } from './runas';
import { renderStorage } from './storage';
import { renderUserNamespace } from './userns';
import { renderWalls } from './walls';

/**
 * What the user asked to see beyond the default view.
 */
export interface IViewOptions {
  /**
   * Every metadata field, not only the first ones.
   */
  allFields: boolean;
}

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
   * The section's content, or null when the report does not carry it.
   */
  render: (
    report: IReport,
    trans: TranslationBundle,
    view: IViewOptions
  ) => Node[] | null;
  /**
   * Open until the user closes it.
   */
  expanded: boolean;
}

export const REPORT_SECTIONS: IReportSection[] = [
  { key: 'findings', render: renderFindings, expanded: true },
  { key: 'run_as', render: renderRunAs, expanded: true },
  { key: 'user_namespace', render: renderUserNamespace, expanded: true },
  { key: 'context', render: renderContext, expanded: true },
  { key: 'home', render: renderHome, expanded: true },
  { key: 'mounts', render: renderMounts, expanded: true },
  { key: 'endpoints', render: renderNetwork, expanded: true },
  { key: 'credentials', render: renderCredentials, expanded: true },
  { key: 'metadata', render: renderMetadata, expanded: true },
  { key: 'capabilities', render: renderContainer, expanded: false },
  { key: 'walls', render: renderWalls, expanded: false },
  { key: 'storage', render: renderStorage, expanded: false },
  { key: 'kernels', render: renderKernels, expanded: false }
];

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
    case 'policy':
      return trans.__('Pod Security Standards');
    case 'kernels':
      return trans.__('Kernels');
  }
}

/**
 * What a section shows, as a string that changes when its content would.
 */
export function sectionData(report: IReport, key: SectionKey): string {
  return JSON.stringify([
    (report as unknown as Record<string, unknown>)[key] ?? null,
    report.errors?.[key] ?? null
  ]);
}

import type { Summary } from '../../report.generated';
import { IReport } from '../../types';
import { Capabilities } from './capabilities';
import { Context } from './context';
import { Credentials } from './credentials';
import { Findings } from './findings';
import { Home } from './home';
import { Kernels } from './kernels';
import { Limits } from './limits';
import { Metadata } from './metadata';
import { Mounts } from './mounts';
import { Policy } from './policy';
import { Endpoints } from './endpoints';
import { RunAs } from './runas';
import { Storage } from './storage';
import { UserNamespace } from './userns';
import { Volumes } from './volumes';
import { Walls } from './walls';

/**
 * A report section's id; the report's summary lists the sections it has, in
 * display order, each with its one title.
 */
export type SectionId = Summary['sections'][number]['id'];

/**
 * The view that draws each report section.
 */
export const SECTION_VIEWS: {
  [id in SectionId]: (props: { report: IReport }) => JSX.Element | null;
} = {
  findings: Findings,
  run_as: RunAs,
  user_namespace: UserNamespace,
  context: Context,
  home: Home,
  mounts: Mounts,
  endpoints: Endpoints,
  credentials: Credentials,
  metadata: Metadata,
  capabilities: Capabilities,
  walls: Walls,
  policy: Policy,
  storage: Storage,
  volumes: Volumes,
  limits: Limits,
  kernels: Kernels
};

/**
 * Whether the report carries something to draw for the section (storage and
 * volumes: a non-empty list).
 */
export function hasSection(report: IReport, id: SectionId): boolean {
  const value = (report as unknown as Record<string, unknown>)[id];
  if (id === 'storage' || id === 'volumes') {
    return Array.isArray(value) && value.length > 0;
  }
  return value !== undefined && value !== null;
}

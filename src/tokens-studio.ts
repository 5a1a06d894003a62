/**
 * Names for the report types that describe Studio as users have it: what sudo
 * gives, the mounts at and under the home, the credentials path, where the app
 * is, and the walls beyond capabilities. The types themselves are generated
 * from the report's JSON Schema (report.generated.ts).
 */
import type {
  Credentials,
  Mount,
  RuntimeSocket,
  WallsBeyondCapabilities,
  WhereAmI
} from './report.generated';
import { IReport } from './tokens';

export type IMount = Mount;
export type MountRole = Mount['role'];
export type ICredentials = Credentials;
export type IContext = WhereAmI;
export type IRuntimeSocket = RuntimeSocket;
export type IWalls = WallsBeyondCapabilities;
export type IStudioReport = IReport;

/**
 * The isolation report's types. They are generated from the report's JSON
 * Schema (jupyterlab_isolation_info/report.schema.json) into
 * report.generated.ts; this module gives them the names the views use.
 */
import type {
  AppMetadata,
  Capabilities,
  Endpoint,
  Finding,
  Group,
  HomeDirectory,
  IdMapLine,
  IsolationReport,
  Kernel,
  RunAsUser,
  Severity,
  StorageEntry,
  UserNamespace
} from './report.generated';

export type { Severity };
export type IReport = IsolationReport;
export type IFinding = Finding;
export type IGroup = Group;
export type IRunAs = RunAsUser;
export type IIdMapLine = IdMapLine;
export type IUserNamespace = UserNamespace;
export type IHome = HomeDirectory;
export type IMetadata = AppMetadata;
export type IEndpoint = Endpoint;
export type EndpointStatus = Endpoint['status'];
export type ICapabilities = Capabilities;
export type IStorage = StorageEntry;
export type IKernelIdentity = Kernel;

export type JSONValue =
  string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/**
 * The isolation report, schema_version 1: key for key the JSON the server
 * sends (jupyterlab_isolation_info/collector/report.py). Change both together.
 */

export type Severity = 'critical' | 'warning' | 'info';

export interface IGroup {
  gid: number;
  name: string | null;
}

export interface IRunAs {
  user: string | null;
  uid: number;
  gid: number;
  groups: IGroup[];
  /**
   * From the passwd entry; null when the uid has none (see `error`).
   */
  home: string | null;
  sudo?: 'yes' | 'no' | 'unknown';
  error?: string | null;
}

export interface IIdMapLine {
  inside: number;
  outside: number;
  count: number;
}

export interface IUserNamespace {
  remapped: boolean;
  uid_map: IIdMapLine[];
  gid_map: IIdMapLine[];
  host_uid: number | null;
  host_gid: number | null;
  error?: string | null;
}

export interface IHome {
  path: string;
  exists: boolean;
  owner_uid: number | null;
  owner_gid: number | null;
  owner_name: string | null;
  mode: string | null;
  host_owner_uid: number | null;
  owner_is_run_as: boolean | null;
  owner_unmapped: boolean | null;
  filesystem: string | null;
  mount_source: string | null;
  error?: string | null;
}

export type JSONValue =
  string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface IMetadata {
  path: string;
  found: boolean;
  read_only: boolean | null;
  fields: { [key: string]: JSONValue } | null;
  error: string | null;
}

export type EndpointStatus = 'blocked' | 'routable' | 'reachable' | 'unknown';

export interface IEndpoint {
  id: string;
  name: string;
  host: string;
  port: number;
  expected: 'blocked' | 'reachable';
  status: EndpointStatus;
  method: 'route' | 'connect';
  detail: string;
}

export interface ICapabilities {
  effective: string[];
  permitted: string[];
  inheritable: string[];
  bounding: string[];
  ambient: string[];
  beyond_docker_default: string[];
  no_new_privs: boolean | null;
  seccomp: 'disabled' | 'strict' | 'filter' | null;
  error?: string | null;
}

export interface IStorage {
  path: string;
  filesystem: string | null;
  mount_source: string | null;
  read_only: boolean | null;
}

export interface IFinding {
  id: string;
  severity: Severity;
  title: string;
  detail: string;
}

export interface IKernelIdentity {
  id: string;
  name: string | null;
  local: boolean;
  pid?: number;
  uid?: number;
  user?: string | null;
  gid?: number;
  host_uid?: number | null;
  host_gid?: number | null;
  capabilities?: { effective: string[]; beyond_docker_default: string[] };
  error?: string | null;
  [key: string]: unknown;
}

export interface IReport {
  schema_version: number;
  generated_at: string;
  run_as: IRunAs;
  user_namespace: IUserNamespace;
  home?: IHome;
  metadata?: IMetadata;
  endpoints?: IEndpoint[];
  capabilities?: ICapabilities;
  storage?: IStorage[];
  findings?: IFinding[];
  /**
   * A sentence per section that could not be collected at all.
   */
  errors?: { [section: string]: string };
  kernels?: IKernelIdentity[];
}

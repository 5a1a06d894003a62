/**
 * The isolation report's types, generated from
 * jupyterlab_isolation_info/report.schema.json by `jlpm build:types`.
 * Do not edit: change the schema, then regenerate.
 */

export type Severity = 'critical' | 'warning' | 'info';
/**
 * Most severe first; derived from the rest of the report.
 */
export type Findings = Finding[];
export type NetworkEndpoints = Endpoint[];
/**
 * A capability's kernel name; a bit this collector has no name for reads CAP_<number>.
 */
export type Capability = string;
export type Storage = StorageEntry[];
/**
 * The server's running kernels; only in the server's report.
 */
export type Kernels = Kernel[];

/**
 * The isolation report, schema_version 1: what `jupyter isolation-info --json`, GET isolation-info/report and the kernel inspection return. The title of each section property is the heading the CLI, the Markdown export and the panel give it.
 */
export interface IsolationReport {
  /**
   * Changes only when a key is removed or changes meaning.
   */
  schema_version: 1;
  /**
   * When the report was collected, UTC, to the second.
   */
  generated_at: string;
  findings: Findings;
  run_as: RunAsUser;
  user_namespace: UserNamespace;
  home: HomeDirectory;
  metadata: AppMetadata;
  endpoints: NetworkEndpoints;
  capabilities: Capabilities;
  storage: Storage;
  kernels?: Kernels;
  /**
   * A sentence per section that could not be collected at all, keyed by the section's key.
   */
  errors: {
    [k: string]: string;
  };
}
export interface Finding {
  /**
   * Stable identifier, e.g. root-not-remapped.
   */
  id: string;
  severity: Severity;
  title: string;
  /**
   * Why it matters and what to do.
   */
  detail: string;
}
export interface RunAsUser {
  /**
   * The user's name; null when the uid has no passwd entry.
   */
  user: string | null;
  uid: number;
  gid: number;
  /**
   * The primary group first, as `id` lists them.
   */
  groups: Group[];
  /**
   * From the user database, never from $HOME; null without a passwd entry.
   */
  home: string | null;
  /**
   * Whether `sudo -n true` succeeds without a password.
   */
  sudo: 'yes' | 'no' | 'unknown';
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface Group {
  gid: number;
  name: string | null;
}
export interface UserNamespace {
  /**
   * False only for the identity map `0 0 4294967295`; null when uid_map cannot be read.
   */
  remapped: boolean | null;
  uid_map: IdMapLine[];
  gid_map: IdMapLine[];
  /**
   * The run-as uid on the host; null when no map line holds it or the map is unknown.
   */
  host_uid: number | null;
  host_gid: number | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface IdMapLine {
  inside: number;
  outside: number;
  count: number;
}
export interface HomeDirectory {
  path: string | null;
  /**
   * Null when it cannot be told (permission denied, a stalled mount).
   */
  exists: boolean | null;
  owner_uid: number | null;
  owner_gid: number | null;
  owner_name: string | null;
  /**
   * Permission bits in octal, e.g. 0750.
   */
  mode: string | null;
  host_owner_uid: number | null;
  owner_is_run_as: boolean | null;
  /**
   * True when the owner shows as the overflow uid: a host uid not mapped into this container.
   */
  owner_unmapped: boolean | null;
  filesystem: string | null;
  mount_source: string | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface AppMetadata {
  path: string;
  /**
   * Whether anything is at the path; null when that cannot be told.
   */
  found: boolean | null;
  /**
   * Measured from statvfs or the mount's options; null when unknown.
   */
  read_only: boolean | null;
  /**
   * The file's JSON object as read; any keys and values.
   */
  fields: {
    [k: string]: unknown;
  } | null;
  /**
   * Sentences on what was changed to show the file: numbers JSON cannot carry shown as text, lone surrogates as U+FFFD, repeated keys.
   */
  notes: string[];
  /**
   * Keys that appear more than once within one object; only the last value is kept.
   */
  repeated_keys: string[];
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface Endpoint {
  id: string;
  name: string;
  host: string;
  port: number;
  /**
   * host:port for display, an IPv6 host in brackets.
   */
  address: string;
  expected: 'blocked' | 'reachable';
  /**
   * routable: the kernel has a route and no packet was sent.
   */
  status: 'blocked' | 'routable' | 'reachable' | 'unknown';
  /**
   * route: a route lookup that sends nothing; connect: an active TCP probe.
   */
  method: 'route' | 'connect';
  detail: string;
}
export interface Capabilities {
  effective: Capability[];
  permitted: Capability[];
  inheritable: Capability[];
  bounding: Capability[];
  ambient: Capability[];
  /**
   * Bounding-set capabilities Docker's default set does not grant.
   */
  beyond_docker_default: Capability[];
  no_new_privs: boolean | null;
  seccomp: 'disabled' | 'strict' | 'filter' | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface StorageEntry {
  path: string;
  filesystem: string | null;
  mount_source: string | null;
  read_only: boolean | null;
}
export interface Kernel {
  id: string;
  name: string | null;
  /**
   * Whether the kernel is a local process whose identity can be read.
   */
  local: boolean;
  pid?: number;
  uid?: number;
  user?: string | null;
  gid?: number;
  host_uid?: number | null;
  host_gid?: number | null;
  capabilities?: KernelCapabilities;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface KernelCapabilities {
  effective: Capability[];
  beyond_docker_default: Capability[];
}

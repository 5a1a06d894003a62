/**
 * Types of the report keys that describe Studio as users have it: what sudo
 * gives, the mounts at and under the home, the credentials path, where the app
 * is, and the walls beyond capabilities. They mirror the JSON keys exactly.
 */
import { IReport, IRunAs } from './tokens';

export interface IStudioRunAs extends IRunAs {
  /**
   * Why `sudo` is what it is, as a sentence.
   */
  sudo_detail?: string | null;
  /**
   * The host uid that uid 0 maps to: 0 means root here is host root; null when
   * unknown or when uid 0 is not mapped.
   */
  root_host_uid?: number | null;
}

export type MountRole = 'home' | 'under-home' | 'app';

export interface IMount {
  path: string;
  role: MountRole;
  filesystem: string;
  mount_source: string;
  read_only: boolean;
  owner_uid: number | null;
  owner_gid: number | null;
  owner_name: string | null;
  /**
   * Null when the owner shows as the overflow id: its real uid cannot be seen.
   */
  host_owner_uid: number | null;
  owner_unmapped: boolean | null;
  mode: string | null;
  /**
   * access(W_OK) for the run-as user; nothing is written.
   */
  writable: boolean | null;
  error: string | null;
}

export interface ICredentials {
  /**
   * Whether AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set; its value is never read.
   */
  relative_uri_set: boolean;
  full_uri_set: boolean;
  host: string;
  port: number;
  expected: 'reachable';
  status: 'blocked' | 'routable' | 'reachable' | 'unknown';
  method: 'route' | 'connect';
  detail: string;
  error: string | null;
}

export interface IContext {
  in_studio: boolean;
  studio: 'classic' | 'new' | 'other' | null;
  partition: string | null;
  region: string | null;
  account: string | null;
  domain: string | null;
  space: string | null;
  user_profile: string | null;
  app_type: string | null;
  app_name: string | null;
  execution_role: string | null;
  home_env: string | null;
  home_moved: boolean | null;
  meaning: string | null;
  error: string | null;
}

export interface ISecurityLabel {
  label: string | null;
  kind: 'apparmor' | 'selinux' | null;
  mode: string | null;
}

export interface IRuntimeSocket {
  path: string;
  runtime: 'docker' | 'containerd' | 'cri-o' | 'podman';
  symlink_to: string | null;
  is_socket: boolean | null;
  writable: boolean | null;
  error: string | null;
}

export interface IWalls {
  security_label: ISecurityLabel;
  seccomp_filters: number | null;
  runtime_sockets: IRuntimeSocket[];
  service_account_token: {
    path: string;
    present: boolean | null;
    error: string | null;
  };
  proc_sys_read_only: boolean | null;
  cgroup_read_only: boolean | null;
  error: string | null;
}

/**
 * A report with the Studio keys; each is optional so older servers still fit.
 */
export interface IStudioReport extends IReport {
  run_as: IStudioRunAs;
  mounts?: IMount[];
  credentials?: ICredentials;
  context?: IContext;
  walls?: IWalls;
}

/**
 * Whether a run_as section comes from a collector that reports root_host_uid.
 */
export function hasRootHostUid(runAs: IRunAs): runAs is IStudioRunAs {
  return 'root_host_uid' in runAs;
}

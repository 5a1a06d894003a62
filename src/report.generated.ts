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
 * Each volume the user writes to (the home, the mounts under it, /, /tmp, /dev/shm, where pip, conda and Jupyter write), one row per mount, and how full it is.
 */
export type Volumes = Volume[];
/**
 * The server's running kernels; only in the server's report.
 */
export type Kernels = Kernel[];
/**
 * Every mount at the home, under it, or under /opt/ml, in mountinfo order.
 */
export type MountsAtTheHomeAndOptMl = Mount[];
/**
 * ok: measured good; unknown: could not be read (the reason says why); neutral: plain data.
 */
export type Tone = 'ok' | 'warning' | 'critical' | 'unknown' | 'neutral';

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
  volumes?: Volumes;
  limits: ResourceLimits;
  kernels?: Kernels;
  context: WhereAmI;
  mounts: MountsAtTheHomeAndOptMl;
  credentials: Credentials;
  walls: WallsBeyondCapabilities;
  policy: PodSecurityStandards;
  /**
   * A sentence per section that could not be collected at all, keyed by the section's key.
   */
  errors: {
    [k: string]: string;
  };
  summary: Summary;
  /**
   * Every judged fact's tone, its one wording and why, keyed by the fact: `<section>.<field>` (home.mode), `<section>[<identity>].<field>` for a list item (endpoints[imds-ipv4].status, mounts[/home/sagemaker-user].writable), `<section>.<list>[<identity>].<field>` for a list inside a section (walls.runtime_sockets[/var/run/docker.sock].writable); without the last field the key is the item as a whole (mounts[/home/sagemaker-user]). A fact with no entry is plain data.
   */
  tones: {
    [k: string]: FactTone;
  };
  /**
   * Only in a report collected inside a kernel: where the kernel, which runs the user's code, and the server differ (who runs, the home, capabilities, endpoint statuses, the app type), judged in the kernel against the server's facts sent with its request. Empty when they agree on all of these; absent when not compared.
   */
  differences?: Difference[];
}
export interface Finding {
  /**
   * Stable identifier, one of the findings declared in collector/findings.py.
   */
  id:
    | 'caps-beyond-docker-default'
    | 'cpu-count-above-quota'
    | 'credentials-dropped-by-sudo'
    | 'credentials-endpoint-blocked'
    | 'efs-reachable'
    | 'endpoint-routable'
    | 'endpoint-unexpected'
    | 'home-missing'
    | 'home-mount-not-writable'
    | 'home-moved'
    | 'home-owner-mismatch'
    | 'home-owner-unmapped'
    | 'home-unknown'
    | 'home-world-readable'
    | 'home-world-writable'
    | 'imds-reachable'
    | 'imds-routable'
    | 'kernel-caps-beyond-docker-default'
    | 'kernel-host-root'
    | 'kernel-settings-writable'
    | 'memory-near-limit'
    | 'metadata-repeated-keys'
    | 'metadata-unreadable'
    | 'metadata-writable'
    | 'mount-owner-unmapped'
    | 'no-security-profile'
    | 'no-user-namespace'
    | 'not-in-studio'
    | 'oom-kills'
    | 'pids-near-max'
    | 'pod-security-below-baseline'
    | 'root-not-remapped'
    | 'run-as-unexpected'
    | 'runs-as-root'
    | 'runtime-socket-present'
    | 'runtime-socket-writable'
    | 'seccomp-disabled'
    | 'service-account-token'
    | 'studio-classic'
    | 'sudo-root-remapped'
    | 'sudo-to-host-root'
    | 'volume-full'
    | 'volume-nearly-full';
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
   * A sentence: why `sudo` is what it is; null when sudo was not checked.
   */
  sudo_detail: string | null;
  /**
   * The host uid that uid 0 maps to (user_namespaces(7)): 0 means root here is host root; null when unknown or when uid 0 is not mapped.
   */
  root_host_uid: number | null;
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
export interface Volume {
  /**
   * The mount point, from mountinfo.
   */
  mount_point: string;
  /**
   * What lives there: the home, a mount under it, /, /tmp, /dev/shm, where pip and conda install (the Python prefix, the user site directory), Jupyter's data directory.
   */
  roles: ('home' | 'home-mount' | 'root' | 'tmp' | 'shm' | 'packages' | 'jupyter-data')[];
  filesystem: string;
  mount_source: string;
  /**
   * The ro option of the mount or its superblock.
   */
  read_only: boolean;
  /**
   * f_blocks × f_frsize; statvfs(3); null when unknown (see error).
   */
  size_bytes: number | null;
  /**
   * (f_blocks − f_bfree) × f_frsize, as df counts it; statvfs(3); null when unknown (see error).
   */
  used_bytes: number | null;
  /**
   * f_bavail × f_frsize: what an ordinary user may still fill; statvfs(3); null when unknown (see error).
   */
  available_bytes: number | null;
  /**
   * f_files; null also when the file system keeps no fixed inode table (f_files 0).
   */
  inodes_total: number | null;
  /**
   * f_files − f_ffree; null as inodes_total.
   */
  inodes_used: number | null;
  /**
   * f_favail; null as inodes_total.
   */
  inodes_available: number | null;
  /**
   * Whether the content outlives a restart of the app, as the mount tells (the storage kind of explain); null when it cannot tell.
   */
  kept_on_restart: boolean | null;
  /**
   * The storage kind in one sentence: why it is kept or not, or why that is unknown.
   */
  kept_on_restart_reason: string;
  /**
   * Why the figures are unknown (a statvfs that failed or did not answer, or a report of captured facts), or null.
   */
  error: string | null;
  /**
   * The last finished walk (Show Disk Space, the server's space route) of a folder on this volume since the server started: where the space went. null when there was none, and always null in a kernel's report or the command line's.
   */
  walked: {
    /**
     * When the walk finished.
     */
    at: string;
    /**
     * Where the walk started.
     */
    path: string;
    /**
     * The largest folders directly in the walk's start, largest first (at most 3).
     */
    largest: {
      path: string;
      bytes: number;
    }[];
    /**
     * The known caches the walk found holding space (the Trash apart), largest first (at most 3), each with the command that clears it.
     */
    caches: {
      name: string;
      bytes: number;
      clear: string;
    }[];
    /**
     * What the Trash (~/.local/share/Trash) holds; null when the walk did not size it.
     */
    trash_bytes: number | null;
  } | null;
}
/**
 * Memory, CPU and process limits of this process's cgroups, in the kernel's units (bytes, µs).
 */
export interface ResourceLimits {
  /**
   * From /proc/self/cgroup: v2 alone, v1 alone, or hybrid (v1 controllers beside a v2 hierarchy).
   */
  cgroup_version: 'v1' | 'v2' | 'hybrid' | null;
  memory: MemoryLimits;
  cpu: CpuLimits;
  pids: PidsLimits;
  /**
   * A sentence saying why this process's cgroups could not be found, or null.
   */
  error: string | null;
}
export interface MemoryLimits {
  /**
   * The cgroup version of the hierarchy the files were read from.
   */
  version: 'v1' | 'v2' | null;
  /**
   * This process's cgroup path in that hierarchy, as /proc/self/cgroup names it (`/` inside a cgroup namespace).
   */
  cgroup: string | null;
  /**
   * Where its files were read: the mount point of the hierarchy joined with the path below the mount's root.
   */
  directory: string | null;
  /**
   * The smallest memory limit from this cgroup up to the top of the mount (memory.max, memory.limit_in_bytes); null when there is none or it is unknown (see unlimited).
   */
  limit_bytes: number | null;
  /**
   * True when no cgroup on the way up sets a limit ("max", or v1's page-aligned huge value); null when unknown.
   */
  unlimited: boolean | null;
  /**
   * The cgroup directory whose limit is the smallest.
   */
  limit_directory: string | null;
  /**
   * MemTotal of /proc/meminfo: the machine's memory, whatever the cgroup allows.
   */
  machine_bytes: number | null;
  /**
   * memory.current (v2) or memory.usage_in_bytes (v1).
   */
  usage_bytes: number | null;
  /**
   * memory.peak (v2, Linux 5.19+) or memory.max_usage_in_bytes (v1).
   */
  peak_bytes: number | null;
  /**
   * memory.swap.max (v2), or memory.memsw.limit_in_bytes less the memory limit (v1).
   */
  swap_limit_bytes: number | null;
  /**
   * True when swap has no limit of its own.
   */
  swap_unlimited: boolean | null;
  /**
   * Processes of this cgroup killed by the OOM killer since the cgroup was created: oom_kill of memory.events (v2) or memory.oom_control (v1, Linux 4.13+).
   */
  oom_kill: number | null;
  /**
   * A sentence for each fact that could not be read, or null.
   */
  error: string | null;
}
export interface CpuLimits {
  /**
   * The cgroup version of the hierarchy the files were read from.
   */
  version: 'v1' | 'v2' | null;
  /**
   * This process's cgroup path in that hierarchy, as /proc/self/cgroup names it (`/` inside a cgroup namespace).
   */
  cgroup: string | null;
  /**
   * Where its files were read: the mount point of the hierarchy joined with the path below the mount's root.
   */
  directory: string | null;
  /**
   * The tightest CPU quota on the way up, in µs per period (cpu.max, cpu.cfs_quota_us); null when there is none or it is unknown.
   */
  quota_us: number | null;
  /**
   * The period of that quota, in µs.
   */
  period_us: number | null;
  /**
   * True when no cgroup on the way up sets a quota; null when unknown.
   */
  unlimited: boolean | null;
  /**
   * quota_us / period_us: how many CPUs' worth of time the quota gives (derived).
   */
  quota_cpus: number | null;
  /**
   * The CPUs of the cpuset as the kernel lists them, e.g. 0-3 (cpuset.cpus.effective, cpuset.effective_cpus).
   */
  cpuset: string | null;
  /**
   * How many CPUs the cpuset lists.
   */
  cpuset_count: number | null;
  /**
   * The machine's online CPUs (/sys/devices/system/cpu/online): what os.cpu_count() returns.
   */
  online_cpus: number | null;
  /**
   * The CPUs this process may run on (Cpus_allowed_list): what os.sched_getaffinity(0) returns.
   */
  affinity_cpus: number | null;
  /**
   * The fewest of quota_cpus, affinity_cpus and online_cpus: how many CPUs' worth of threads can run at once (derived).
   */
  usable_cpus: number | null;
  /**
   * A sentence for each fact that could not be read, or null.
   */
  error: string | null;
}
export interface PidsLimits {
  /**
   * The cgroup version of the hierarchy the files were read from.
   */
  version: 'v1' | 'v2' | null;
  /**
   * This process's cgroup path in that hierarchy, as /proc/self/cgroup names it (`/` inside a cgroup namespace).
   */
  cgroup: string | null;
  /**
   * Where its files were read: the mount point of the hierarchy joined with the path below the mount's root.
   */
  directory: string | null;
  /**
   * The smallest pids.max on the way up; null when there is none or it is unknown.
   */
  max: number | null;
  /**
   * True when no cgroup on the way up limits processes; null when unknown.
   */
  unlimited: boolean | null;
  /**
   * pids.current: the processes and threads of this cgroup now.
   */
  current: number | null;
  /**
   * A sentence for each fact that could not be read, or null.
   */
  error: string | null;
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
  cgroup?: KernelCgroup;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface KernelCapabilities {
  /**
   * The effective set; null when unknown (error says why), never an empty set for one.
   */
  effective: Capability[] | null;
  /**
   * Bounding-set capabilities Docker's default set does not grant; null when unknown (error says why).
   */
  beyond_docker_default: Capability[] | null;
  /**
   * A sentence saying which capability set could not be read, or null.
   */
  error: string | null;
}
/**
 * The kernel's memory cgroup; its limit and OOM kill count only when it is not the server's (a kernel started elsewhere): the limits section gives the server's.
 */
export interface KernelCgroup {
  /**
   * Where its memory cgroup files are.
   */
  directory: string | null;
  /**
   * Whether it is the server's memory cgroup; null when either is unknown.
   */
  same_as_server: boolean | null;
  /**
   * The smallest memory limit on the way up from its cgroup; null when the same as the server's, none, or unknown.
   */
  limit_bytes: number | null;
  /**
   * True when no cgroup on the way up limits its memory.
   */
  unlimited: boolean | null;
  /**
   * OOM kills in its cgroup since the cgroup was created.
   */
  oom_kill: number | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
/**
 * From the metadata's ARNs and the allow-listed variables SAGEMAKER_SPACE_NAME, SAGEMAKER_APP_TYPE, AWS_REGION, AWS_DEFAULT_REGION, HOME; control characters replaced.
 */
export interface WhereAmI {
  /**
   * App metadata was found, or an app type is known.
   */
  in_studio: boolean;
  /**
   * classic: JupyterServer or KernelGateway; new: JupyterLab or CodeEditor; null when not known.
   */
  studio: 'classic' | 'new' | 'other' | null;
  partition: string | null;
  region: string | null;
  /**
   * The 12-digit account of the app ARN.
   */
  account: string | null;
  domain: string | null;
  space: string | null;
  user_profile: string | null;
  app_type: string | null;
  app_name: string | null;
  /**
   * The execution role's name (the last element of ExecutionRoleArn).
   */
  execution_role: string | null;
  /**
   * $HOME, allow-listed (recovery mode moves it).
   */
  home_env: string | null;
  /**
   * $HOME differs from the passwd home.
   */
  home_moved: boolean | null;
  /**
   * What this app type means for the user, as a sentence.
   */
  meaning: string | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface Mount {
  /**
   * The mount point.
   */
  path: string;
  /**
   * At the home (passwd or $HOME), under it, or under /opt/ml.
   */
  role: 'home' | 'under-home' | 'app';
  filesystem: string;
  mount_source: string;
  /**
   * The ro option of the mount or its superblock.
   */
  read_only: boolean;
  owner_uid: number | null;
  owner_gid: number | null;
  owner_name: string | null;
  /**
   * The owner's host uid; null when the owner shows as the overflow id (its real uid cannot be seen from inside) or the map is unknown.
   */
  host_owner_uid: number | null;
  /**
   * The owner is the overflow id (nobody).
   */
  owner_unmapped: boolean | null;
  mode: string | null;
  /**
   * access(W_OK) for the run-as user; nothing is written.
   */
  writable: boolean | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface Credentials {
  /**
   * Whether AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set; its value is never read.
   */
  relative_uri_set: boolean;
  /**
   * Whether AWS_CONTAINER_CREDENTIALS_FULL_URI is set; its value is never read.
   */
  full_uri_set: boolean;
  host: string;
  port: number;
  expected: 'reachable';
  status: 'blocked' | 'routable' | 'reachable' | 'unknown';
  /**
   * route: a route lookup that sends nothing; connect: a TCP connect and close, only under active probes. Never an HTTP request.
   */
  method: 'route' | 'connect';
  detail: string;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface WallsBeyondCapabilities {
  security_label: {
    /**
     * As /proc/self/attr/current prints it, mode removed.
     */
    label: string | null;
    kind: 'apparmor' | 'selinux' | null;
    /**
     * AppArmor's mode, e.g. enforce or complain.
     */
    mode: string | null;
  };
  /**
   * Seccomp_filters of /proc/self/status (Linux 5.9+).
   */
  seccomp_filters: number | null;
  /**
   * Only those present.
   */
  runtime_sockets: RuntimeSocket[];
  service_account_token: {
    path: string;
    /**
     * lstat only: the token is never opened.
     */
    present: boolean | null;
    /**
     * A sentence saying what could not be read, or null.
     */
    error: string | null;
  };
  /**
   * From mountinfo.
   */
  proc_sys_read_only: boolean | null;
  /**
   * From mountinfo.
   */
  cgroup_read_only: boolean | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface RuntimeSocket {
  path: string;
  runtime: 'docker' | 'containerd' | 'cri-o' | 'podman';
  /**
   * The link's target when the path is a symbolic link.
   */
  symlink_to: string | null;
  is_socket: boolean | null;
  /**
   * access(W_OK): writable means host root.
   */
  writable: boolean | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
/**
 * The Kubernetes Pod Security Standards evaluated against this process as it runs (derived from the capabilities, run_as and walls sections), control by control.
 */
export interface PodSecurityStandards {
  standard: 'Kubernetes Pod Security Standards';
  /**
   * The highest level whose every measured control is met; null when a Baseline control could not be read. Claimed only over what was measured.
   */
  level: 'privileged' | 'baseline' | 'restricted' | null;
  /**
   * The level, over how many controls it was measured and which ones stop the next level.
   */
  level_text: string;
  /**
   * Controls by status, counted apart.
   */
  counts: {
    met: number;
    not_met: number;
    unmeasured: number;
    unknown: number;
  };
  /**
   * Baseline's controls, then Restricted's.
   */
  controls: PolicyControl[];
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
/**
 * One control of the standard, judged against the running process.
 */
export interface PolicyControl {
  /**
   * Stable identifier, e.g. capabilities-baseline.
   */
  id: string;
  /**
   * The level whose table lists the control.
   */
  level: 'baseline' | 'restricted';
  title: string;
  /**
   * What the standard asks, in the pod's terms.
   */
  requirement: string;
  /**
   * unmeasured: not visible from inside the container; unknown: its fact could not be read this time.
   */
  status: 'met' | 'not_met' | 'unmeasured' | 'unknown';
  /**
   * The measured value the status rests on, or null when nothing was measured.
   */
  measured: string | null;
  /**
   * Why it could not be measured, or how the value was read.
   */
  detail: string | null;
}
/**
 * The collector's judgement for every view: the verdict, the four answers at a glance, the sections' order and titles, the severities' order and the findings counted.
 */
export interface Summary {
  /**
   * The worst finding decides; with none, "Isolated as in Studio" only when every glance answer was measured good.
   */
  verdict: {
    tone: Tone;
    text: string;
  };
  /**
   * Four answers, in this order: run_as, host, home, endpoints.
   */
  glance: GlanceLine[];
  /**
   * Every section the report has, in display order, with its one title.
   */
  sections: {
    id:
      | 'findings'
      | 'run_as'
      | 'user_namespace'
      | 'context'
      | 'home'
      | 'mounts'
      | 'endpoints'
      | 'credentials'
      | 'metadata'
      | 'capabilities'
      | 'walls'
      | 'policy'
      | 'limits'
      | 'storage'
      | 'volumes'
      | 'kernels';
    title: string;
  }[];
  /**
   * Worst first.
   */
  severity_order: Severity[];
  finding_counts: {
    critical: number;
    warning: number;
    info: number;
  };
  /**
   * The worst finding's severity, null with no finding.
   */
  worst_severity: 'critical' | 'warning' | 'info' | null;
}
export interface GlanceLine {
  id: 'run_as' | 'host' | 'home' | 'endpoints';
  /**
   * The report section it sums up.
   */
  section: 'run_as' | 'user_namespace' | 'home' | 'endpoints';
  label: string;
  text: string;
  tone: Tone;
}
/**
 * One judged fact.
 */
export interface FactTone {
  tone: Tone;
  /**
   * The fact's value in words, as every view shows it.
   */
  text: string;
  /**
   * Why the fact has its tone; always a sentence for unknown.
   */
  reason: string | null;
}
export interface Difference {
  /**
   * The fact compared, as a key of `tones` (run_as for who runs).
   */
  id: string;
  /**
   * The difference in one sentence.
   */
  text: string;
  /**
   * ok: measured good; unknown: could not be read (the reason says why); neutral: plain data.
   */
  tone: 'ok' | 'warning' | 'critical' | 'unknown' | 'neutral';
}

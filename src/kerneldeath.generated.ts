/**
 * Types generated from jupyterlab_isolation_info/kerneldeath.schema.json by `jlpm build:types`.
 * Do not edit: change the schema, then regenerate.
 */

/**
 * The kernel's id, as the route took it.
 */
export type KernelId = string;
/**
 * The cgroup's OOM kill counter (memory.events oom_kill); null when it could not be read.
 */
export type Count = number | null;
/**
 * The pids cgroup's count of forks refused at its limit (pids.events max); null when it could not be read.
 */
export type PidsEvents = number | null;
/**
 * Bytes of the kernel's /dev/shm (statvfs at the death, through a descriptor opened at its start); null when unread.
 */
export type Bytes = number | null;

/**
 * Why a kernel last ended: what GET isolation-info/kernels/<id>/death returns. The server judges (kerneldeath.py watches, collector/judge_limits.py death_verdict and shutdown_verdict decide); the front end only shows the verdict.
 */
export interface KernelDeathAnswer {
  kernel_id: KernelId;
  /**
   * Whether this server hears of kernel starts and restarts (jupyter_server's kernel-action events); false: no death can be judged.
   */
  watching: boolean;
  /**
   * The verdict on the kernel's last end (a death, or a shutdown by the server's culler or a client); null when it has not ended since the server started (or its verdict was dropped).
   */
  death: Verdict | null;
}
export interface Verdict {
  kernel_id: KernelId;
  /**
   * restart: the restarter brought it back; dead: it gave up; shutdown: the server shut it down (its culler, or a client's request).
   */
  event: 'restart' | 'dead' | 'shutdown';
  /**
   * How many ends of this kernel this server has seen: tells one from the next.
   */
  count: number;
  /**
   * When the server noticed the death (UTC).
   */
  noticed_at: string;
  /**
   * The process's return code, negative for a signal; null when unknown.
   */
  exit_status: number | null;
  /**
   * The signal's name (SIGKILL) when a signal ended it.
   */
  signal: string | null;
  oom_kill_before: Count;
  oom_kill_after: Count;
  /**
   * The memory limit of the kernel's cgroup; null when none or unknown.
   */
  memory_limit_bytes: number | null;
  cgroup_directory: string | null;
  pids_max_events_before: PidsEvents;
  pids_max_events_after: PidsEvents;
  /**
   * pids.max of the kernel's cgroup (the smallest on the way up); null when none or unknown.
   */
  pids_limit: number | null;
  shm_size_bytes: Bytes;
  shm_used_bytes: Bytes;
  shm_available_bytes: Bytes;
  /**
   * Who had the server shut the kernel down: its idle culler (its own log record named the kernel) or a client; null for a death or when unknown.
   */
  shutdown_by: 'culler' | 'client' | null;
  /**
   * How long a culled kernel had been idle, as the culler logged it.
   */
  idle_seconds: number | null;
  /**
   * MappingKernelManager.cull_idle_timeout when the kernel was shut down (0 or less: the culler is off).
   */
  cull_idle_timeout: number | null;
  /**
   * memory only when the OOM kill counter moved between the kernel's start and its death; shared-memory: a SIGBUS while /dev/shm was small or full (derived); pids: pids.events max moved (derived); crash: SIGSEGV, SIGABRT, SIGILL or SIGFPE; bus-error: a SIGBUS without that evidence; not-memory: none of these, the OOM counter unmoved; culled: the server's idle culler shut it down; shutdown: a client's request, not a death.
   */
  cause: 'memory' | 'shared-memory' | 'pids' | 'crash' | 'bus-error' | 'not-memory' | 'culled' | 'shutdown' | 'unknown';
  /**
   * The judgement's tone, for the notification.
   */
  tone: 'warning' | 'neutral' | 'unknown';
  /**
   * The verdict in one or two sentences.
   */
  text: string;
}

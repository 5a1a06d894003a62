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
 * Why a kernel last died: what GET isolation-info/kernels/<id>/death returns. The server judges (kerneldeath.py, collector/limits.py death_verdict); the front end only shows the verdict.
 */
export interface KernelDeathAnswer {
  kernel_id: KernelId;
  /**
   * Whether this server hears of kernel starts and restarts (jupyter_server's kernel-action events); false: no death can be judged.
   */
  watching: boolean;
  /**
   * The verdict on the kernel's last death; null when it has not died since the server started (or its verdict was dropped).
   */
  death: Verdict | null;
}
export interface Verdict {
  kernel_id: KernelId;
  /**
   * restart: the restarter brought it back; dead: it gave up.
   */
  event: 'restart' | 'dead';
  /**
   * How many deaths of this kernel this server has seen: tells one from the next.
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
  /**
   * memory only when the OOM kill counter moved between the kernel's start and its death.
   */
  cause: 'memory' | 'not-memory' | 'unknown';
  /**
   * The judgement's tone, for the notification.
   */
  tone: 'warning' | 'neutral' | 'unknown';
  /**
   * The verdict in one or two sentences.
   */
  text: string;
}

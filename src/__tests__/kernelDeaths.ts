import { IKernelDeath } from '../kerneldeath';

/** The kernel every verdict below is about. */
export const KERNEL_ID = '4f2c0b1e-0000-4000-8000-000000000000';

/**
 * A server's verdict on a kernel's death, as its death route answers:
 * killed for lack of memory when `cause` says so, else by SIGKILL.
 */
export function kernelDeath(
  count: number,
  cause: IKernelDeath['cause']
): IKernelDeath {
  return {
    kernel_id: KERNEL_ID,
    event: 'restart',
    count,
    noticed_at: '2026-01-01T14:02:00Z',
    exit_status: -9,
    signal: 'SIGKILL',
    oom_kill_before: 0,
    oom_kill_after: cause === 'memory' ? 1 : 0,
    memory_limit_bytes: 4294967296,
    cgroup_directory: '/sys/fs/cgroup',
    pids_max_events_before: 0,
    pids_max_events_after: 0,
    pids_limit: null,
    shm_size_bytes: 67108864,
    shm_used_bytes: 0,
    shm_available_bytes: 67108864,
    shutdown_by: null,
    idle_seconds: null,
    cull_idle_timeout: null,
    cause,
    tone: cause === 'memory' ? 'warning' : 'neutral',
    text:
      cause === 'memory'
        ? 'The kernel was killed for lack of memory: the limit of its cgroup is 4.0 GiB.'
        : 'The kernel ended by SIGKILL; the memory limit was not the cause.'
  };
}

import { execFileSync } from 'child_process';

/**
 * The pid of a kernel of this machine's Jupyter server: ipykernel's command
 * line names its connection file, kernel-<id>.json. Null while none runs.
 */
export function kernelPid(kernelId: string): number | null {
  try {
    const out = execFileSync('pgrep', ['-f', `kernel-${kernelId}\\.json`], {
      encoding: 'utf-8'
    });
    return Number(out.trim().split('\n')[0]) || null;
  } catch {
    return null;
  }
}

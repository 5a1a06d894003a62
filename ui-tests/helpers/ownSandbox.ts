import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { repo, sandboxPaths } = require('../sandbox');

/** A JupyterLab in a Studio-like sandbox of one spec's own, on its own port. */
export interface IOwnSandbox {
  url: string;
  /** Ends the sandbox (studio-lab removes its files) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts scripts/studio-lab with these studio-sandbox options, Galata's
 * sandbox server config and the home as the file browser's root, and waits
 * until /lab answers. For walls a spec changes (a volume it fills), which the
 * shared sandbox server's other specs must not see.
 */
export async function startOwnSandbox(
  port: number,
  sandboxOptions: string[],
  timeoutMs = 90000
): Promise<IOwnSandbox> {
  const { venv, config } = sandboxPaths();
  const args = [
    `--port=${port}`,
    '--token=',
    ...sandboxOptions.map(option => `--sandbox-option=${option}`),
    '--',
    `--config=${config}`,
    '--ServerApp.root_dir=/home/sagemaker-user'
  ];
  let output = '';
  const child: ChildProcess = spawn(
    path.join(repo, 'scripts', 'studio-lab'),
    args,
    {
      env: { ...process.env, VENV: venv },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve())
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // studio-lab ends the sandbox and removes its files on SIGTERM.
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 15000);
      await exited;
      clearTimeout(killed);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`studio-lab exited at start-up:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/lab`);
      if (response.ok) {
        return { url, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`studio-lab did not answer in ${timeoutMs} ms:\n${output}`);
}

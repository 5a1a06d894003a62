import { ISessionContext } from '@jupyterlab/apputils';
import { Kernel } from '@jupyterlab/services';
import { Signal } from '@lumino/signaling';

import { IKernelDeath, KernelDeathNotifier } from '../kerneldeath';
import { KERNEL_ID, kernelDeath as death } from './kernelDeaths';
import { fakeServer, json } from './server';

/**
 * The parts of a session context the notifier uses.
 */
class FakeContext {
  readonly statusChanged = new Signal<this, Kernel.Status>(this);
  readonly disposed = new Signal<this, void>(this);
  readonly sessionChanged = new Signal<
    this,
    { name: 'session'; oldValue: unknown; newValue: unknown }
  >(this);
  readonly name = 'Untitled.ipynb'; // a session keeps its first name
  readonly path = 'Untitled.ipynb';
  session = { kernel: { id: KERNEL_ID } };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise(resolve => setTimeout(resolve, 0));
  }
}

describe('KernelDeathNotifier', () => {
  let answers: IKernelDeath[];
  let shown: Array<[IKernelDeath, string]>;
  let unknown: Array<[string, string]>;
  let body: (() => unknown) | null;
  let context: FakeContext;
  let server: ReturnType<typeof fakeServer>;

  beforeEach(() => {
    answers = [];
    shown = [];
    unknown = [];
    body = null;
    context = new FakeContext();
    server = fakeServer(() =>
      json(
        body
          ? body()
          : {
              kernel_id: KERNEL_ID,
              watching: true,
              death: answers.shift() ?? null
            }
      )
    );
    const notifier = new KernelDeathNotifier({
      serverSettings: server.settings,
      notify: (found, name) => shown.push([found, name]),
      unknown: (problem, name) => unknown.push([problem, name])
    });
    // The tab's label: the document was renamed since its session started.
    notifier.watch(
      context as unknown as ISessionContext,
      () => 'analysis.ipynb'
    );
  });

  it('should ask the server why the kernel died when it restarts unasked', async () => {
    answers.push(death(1, 'memory'));
    context.statusChanged.emit('autorestarting');
    await settle();
    expect(server.urls).toHaveLength(1);
    expect(new URL(server.urls[0]).pathname).toBe(
      `/isolation-info/kernels/${KERNEL_ID}/death`
    );
    expect(shown).toHaveLength(1);
    expect(shown[0][1]).toBe('analysis.ipynb');
    expect(shown[0][0].text).toContain('lack of memory');
  });

  it('should show each death once, and the next one too', async () => {
    answers.push(
      death(1, 'memory'),
      death(1, 'memory'),
      death(2, 'not-memory')
    );
    context.statusChanged.emit('autorestarting');
    await settle();
    context.statusChanged.emit('dead');
    await settle();
    context.statusChanged.emit('autorestarting');
    await settle();
    expect(shown.map(([found]) => found.cause)).toEqual([
      'memory',
      'not-memory'
    ]);
  });

  it('should not ask on a restart the user asked for, or while busy', async () => {
    for (const status of ['restarting', 'busy', 'idle', 'starting'] as const) {
      context.statusChanged.emit(status);
    }
    await settle();
    expect(server.urls).toEqual([]);
  });

  it('should show a bus error with /dev/shm as the server words it, figures and all', async () => {
    const text =
      'The kernel ended by SIGBUS, a bus error: shared memory (/dev/shm is 64.0 MiB here, 100 % used when the server looked) most likely ran out.';
    answers.push({
      ...death(1, 'shared-memory'),
      exit_status: -7,
      signal: 'SIGBUS',
      shm_used_bytes: 67108864,
      shm_available_bytes: 0,
      tone: 'warning',
      text
    });
    context.statusChanged.emit('autorestarting');
    await settle();
    expect(unknown).toEqual([]);
    expect(shown.map(([found]) => found.text)).toEqual([text]);
  });

  it('should tell a kernel the server culled, but not one a client shut down', async () => {
    const shutdown = (count: number, cause: 'culled' | 'shutdown') => ({
      ...death(count, cause),
      event: 'shutdown' as const,
      exit_status: null,
      signal: null,
      shutdown_by:
        cause === 'culled' ? ('culler' as const) : ('client' as const),
      idle_seconds: cause === 'culled' ? 612 : null,
      cull_idle_timeout: 600,
      text:
        cause === 'culled'
          ? "The server's idle culler shut the kernel down after 612 s without activity."
          : "The kernel was shut down on a client's request: not a death."
    });
    answers.push(shutdown(1, 'shutdown'), shutdown(2, 'culled'));
    context.statusChanged.emit('dead');
    await settle();
    context.statusChanged.emit('dead');
    await settle();
    expect(server.urls).toHaveLength(2);
    expect(unknown).toEqual([]);
    expect(shown.map(([found]) => found.cause)).toEqual(['culled']);
  });

  it('should ask when the server ends the session with its kernel (a cull), not before', async () => {
    const culled = {
      ...death(1, 'culled'),
      event: 'shutdown' as const,
      exit_status: null,
      signal: null,
      shutdown_by: 'culler' as const,
      idle_seconds: 612,
      cull_idle_timeout: 600,
      text: "The server's idle culler shut the kernel down after 612 s without activity."
    };
    answers.push(culled);
    const old = context.session;
    context.session = null as any;
    context.sessionChanged.emit({
      name: 'session',
      oldValue: old,
      newValue: null
    });
    await settle();
    expect(server.urls).toHaveLength(1);
    expect(new URL(server.urls[0]).pathname).toBe(
      `/isolation-info/kernels/${KERNEL_ID}/death`
    );
    expect(shown.map(([found]) => found.cause)).toEqual(['culled']);
    // A new session (a kernel started again) asks nothing.
    context.sessionChanged.emit({
      name: 'session',
      oldValue: null,
      newValue: old
    });
    await settle();
    expect(server.urls).toHaveLength(1);
  });

  it('should show nothing when the server saw no death', async () => {
    context.statusChanged.emit('dead');
    await settle();
    expect(server.urls).toHaveLength(1);
    expect(shown).toEqual([]);
  });

  it('should say the cause is unknown, once, when the answer breaks the contract', async () => {
    body = () => ({
      kernel_id: KERNEL_ID,
      watching: true,
      death: { ...death(1, 'memory'), cause: 'oom' }
    });
    context.statusChanged.emit('autorestarting');
    await settle();
    context.statusChanged.emit('dead');
    await settle();
    expect(server.urls).toHaveLength(2);
    expect(shown).toEqual([]);
    expect(unknown).toHaveLength(1);
    expect(unknown[0][0]).toMatch(/^answer\.death\.cause: should be one of /);
    expect(unknown[0][1]).toBe('analysis.ipynb');
  });
});

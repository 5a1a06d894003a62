import type { JupyterFrontEnd } from '@jupyterlab/application';
import { ISessionContext, WidgetTracker } from '@jupyterlab/apputils';
import { ServerConnection } from '@jupyterlab/services';
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { CurrentSession, inspectKernel, SessionWidget } from '../kernel';

/**
 * A session whose kernel has the given spec and status; requestExecute must
 * not be reached in these cases, so it throws.
 */
function sessionWith(language: string, status = 'idle'): ISessionContext {
  return {
    session: {
      kernel: {
        spec: Promise.resolve({ language, display_name: language }),
        status,
        requestExecute: () => {
          throw new Error('nothing may be sent to this kernel');
        }
      }
    }
  } as unknown as ISessionContext;
}

const settings = ServerConnection.makeSettings({
  baseUrl: 'http://localhost:8888/',
  fetch: (() => {
    throw new Error('no request expected');
  }) as typeof fetch
});

describe('inspectKernel', () => {
  it('should ask for a kernel when there is none', async () => {
    expect(await inspectKernel(null, settings)).toEqual({
      status: 'no-kernel'
    });
  });

  it('should name the language of a kernel it does not support', async () => {
    expect(await inspectKernel(sessionWith('R'), settings)).toEqual({
      status: 'unsupported',
      language: 'R'
    });
  });

  it('should not queue behind a busy kernel', async () => {
    expect(
      await inspectKernel(sessionWith('python', 'busy'), settings)
    ).toEqual({ status: 'busy' });
  });
});

/**
 * A notebook or console panel: a widget with the parts of a session context
 * CurrentSession follows.
 */
function sessionWidget(): SessionWidget {
  const context = {
    isDisposed: false,
    sessionChanged: new Signal<unknown, void>({}),
    kernelChanged: new Signal<unknown, void>({})
  };
  return Object.assign(new Widget(), {
    sessionContext: context as unknown as ISessionContext
  });
}

describe('CurrentSession', () => {
  let notebooks: WidgetTracker<SessionWidget>;
  let consoles: WidgetTracker<SessionWidget>;
  let shell: { currentWidget: Widget | null };
  let current: CurrentSession;

  beforeEach(() => {
    notebooks = new WidgetTracker<SessionWidget>({ namespace: 'notebook' });
    consoles = new WidgetTracker<SessionWidget>({ namespace: 'console' });
    shell = { currentWidget: null };
    current = new CurrentSession(shell as JupyterFrontEnd.IShell, [
      notebooks,
      consoles
    ]);
  });

  afterEach(() => {
    notebooks.dispose();
    consoles.dispose();
  });

  it('should have no session before a notebook or console is current', () => {
    expect(current.current).toBeNull();
  });

  it('should give the session of the tracked widget the shell shows', async () => {
    const notebook = sessionWidget();
    const console = sessionWidget();
    await notebooks.add(notebook);
    await consoles.add(console);
    shell.currentWidget = notebook;
    expect(current.current).toBe(notebook.sessionContext);
    shell.currentWidget = console;
    expect(current.current).toBe(console.sessionContext);
  });

  it('should keep the last one when the shell shows a widget no tracker holds', async () => {
    const notebook = sessionWidget();
    let changes = 0;
    current.changed.connect(() => changes++);
    await notebooks.add(notebook);
    expect(changes).toBeGreaterThan(0);
    shell.currentWidget = new Widget();
    expect(current.current).toBe(notebook.sessionContext);
  });

  it("should say when the current session's kernel changes", async () => {
    const notebook = sessionWidget();
    await notebooks.add(notebook);
    let changes = 0;
    current.changed.connect(() => changes++);
    (
      notebook.sessionContext.kernelChanged as unknown as Signal<unknown, void>
    ).emit();
    expect(changes).toBe(1);
  });
});

import { ISessionContext } from '@jupyterlab/apputils';
import { ServerConnection } from '@jupyterlab/services';
import { Widget } from '@lumino/widgets';

import { inspectKernel, isSessionWidget } from '../kernel';
import { ReportValidator } from '../validate';

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

// These cases end before a report exists: nothing is checked.
const validator = new ReportValidator(() =>
  Promise.reject(new Error('no schema expected'))
);

describe('inspectKernel', () => {
  it('should ask for a kernel when there is none', async () => {
    expect(await inspectKernel(null, settings, validator)).toEqual({
      status: 'no-kernel'
    });
  });

  it('should name the language of a kernel it does not support', async () => {
    expect(await inspectKernel(sessionWith('R'), settings, validator)).toEqual({
      status: 'unsupported',
      language: 'R'
    });
  });

  it('should not queue behind a busy kernel', async () => {
    expect(
      await inspectKernel(sessionWith('python', 'busy'), settings, validator)
    ).toEqual({ status: 'busy' });
  });
});

describe('isSessionWidget', () => {
  it('should recognise a widget that carries a session context', () => {
    const widget = Object.assign(new Widget(), {
      sessionContext: { session: null, kernelChanged: {} }
    });
    expect(isSessionWidget(widget)).toBe(true);
  });

  it.each([
    ['a plain widget', new Widget()],
    ['null', null],
    ['an object that is not a widget', { sessionContext: { session: null } }],
    [
      'a widget whose sessionContext is not one',
      Object.assign(new Widget(), { sessionContext: 'yes' })
    ]
  ])('should refuse %s', (_, value) => {
    expect(isSessionWidget(value)).toBe(false);
  });
});

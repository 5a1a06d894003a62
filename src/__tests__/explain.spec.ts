import * as fs from 'fs';
import * as path from 'path';

import { Clipboard, ISessionContext } from '@jupyterlab/apputils';
import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';

import { IExplanation, OPERATIONS } from '../explain/types';
import { contractProblem } from '../validate';
import { ExplanationModel } from '../explain/model';
import { IsolationInfoModel } from '../model';
import { IsolationInfoPanel } from '../views/panel';
import { goldenReport, sandboxExplanation } from './golden';
import { rendered, settled } from './render';
import { fakeServer, json } from './server';

const isExplanation = async (value: unknown) =>
  (await contractProblem('explanation', value)) === null;

const PACKAGE = path.join(__dirname, '..', '..', 'jupyterlab_isolation_info');

function schema(): any {
  return JSON.parse(
    fs.readFileSync(path.join(PACKAGE, 'explain.schema.json'), 'utf8')
  );
}

const sandboxAnswer = sandboxExplanation;

describe('explain', () => {
  describe('types', () => {
    it('should list the operations the schema requires, in its order', () => {
      expect([...OPERATIONS]).toEqual(schema().properties.operations.required);
    });

    it('should type only keys the schema has', () => {
      const keys = Object.keys(schema().properties);
      for (const key of Object.keys(sandboxAnswer())) {
        expect(keys).toContain(key);
      }
    });

    it('should accept the collector answer and refuse other shapes', async () => {
      expect(await isExplanation(sandboxAnswer())).toBe(true);
      expect(await isExplanation({ message: 'refused' })).toBe(false);
      expect(await isExplanation({ ...sandboxAnswer(), operations: {} })).toBe(
        false
      );
    });

    it('should require what the answer leaves out: null or counted, with reasons', async () => {
      const withheld = { walk_steps: 4, entries: 3, reasons: ['Why.'] };
      expect(await isExplanation({ ...sandboxAnswer(), withheld })).toBe(true);
      expect(schema().required).toContain('withheld');
      const without: Record<string, unknown> = { ...sandboxAnswer() };
      delete without.withheld;
      expect(await isExplanation(without)).toBe(false);
      for (const bad of [
        { ...withheld, walk_steps: -1 },
        { ...withheld, entries: '3' },
        { ...withheld, reasons: 'Why.' },
        { ...withheld, reasons: [1] },
        'nothing'
      ]) {
        expect(await isExplanation({ ...sandboxAnswer(), withheld: bad })).toBe(
          false
        );
      }
    });
  });

  describe("the panel's Explain section", () => {
    /**
     * A panel whose server answers the report, and each explanation from
     * `answers` by its path (a Response, or a promise of one to hold it).
     */
    function panelAnswering(
      answers: (path: string, url: URL) => Response | Promise<Response>
    ): {
      panel: IsolationInfoPanel;
      model: ExplanationModel;
      report: IsolationInfoModel;
      urls: string[];
    } {
      const server = fakeServer(url => {
        const parsed = new URL(url);
        if (parsed.pathname.endsWith('/isolation-info/explain')) {
          return answers(parsed.searchParams.get('path') ?? '', parsed);
        }
        return json(goldenReport('host-root'));
      });
      const report = new IsolationInfoModel(server.settings);
      const model = new ExplanationModel(server.settings);
      const commands = new CommandRegistry();
      const panel = new IsolationInfoPanel({
        model: report,
        explanations: model,
        translator: nullTranslator,
        commands
      });
      return { panel, model, report, urls: server.urls };
    }

    function section(panel: IsolationInfoPanel): HTMLElement | null {
      return panel.node.querySelector('section[data-section="explain"]');
    }

    function cells(panel: IsolationInfoPanel, operation: string): string[] {
      return Array.from(
        section(panel)!.querySelectorAll(`tr[data-operation="${operation}"] td`)
      ).map(cell => cell.textContent ?? '');
    }

    async function explained(
      panel: IsolationInfoPanel,
      model: ExplanationModel,
      path: string
    ): Promise<void> {
      await model.explain(path);
      await rendered(panel);
    }

    it('should show no Explain section before an explanation', async () => {
      const { panel, model } = panelAnswering(() => json(sandboxAnswer()));
      await rendered(panel);
      expect(section(panel)).toBeNull();
      expect(model.explanation).toBeNull();
      panel.dispose();
    });

    it('should show the verdict, the reason and the fix of each operation', async () => {
      const { panel, model } = panelAnswering(() => json(sandboxAnswer()));
      await explained(panel, model, 'cases/root-owned.txt');
      const write = cells(panel, 'write');
      expect(write[0]).toBe('no (measured)');
      expect(write[1]).toContain('neither its owner (uid 0 (root))');
      expect(write[2]).toContain('sudo chown sagemaker-user');
      expect(cells(panel, 'create')[0]).toBe('unknown');
      // The section comes first in the panel, open.
      expect(panel.node.querySelector('section.jp-IsolationInfo-section')).toBe(
        section(panel)
      );
      expect(
        section(panel)!
          .querySelector('.jp-IsolationInfo-sectionToggle')!
          .getAttribute('aria-expanded')
      ).toBe('true');
      panel.dispose();
    });

    it('should show the walk from / with host owners', async () => {
      const { panel, model } = panelAnswering(() => json(sandboxAnswer()));
      await explained(panel, model, 'cases/root-owned.txt');
      const rows = section(panel)!.querySelectorAll(
        '.jp-IsolationInfo-explain-walk tr'
      );
      expect(rows[0].textContent).toContain('/');
      expect(rows[rows.length - 1].textContent).toContain('root → host 100000');
      panel.dispose();
    });

    it('should keep the rows of each operation across explanations (keyed)', async () => {
      const { panel, model } = panelAnswering(path => {
        const answer = sandboxAnswer();
        if (path === 'other.txt') {
          answer.path = '/home/sagemaker-user/other.txt';
          answer.operations.write.allowed = true;
          answer.operations.write.reason = null;
          answer.operations.write.fix = null;
        }
        return json(answer);
      });
      await explained(panel, model, 'cases/root-owned.txt');
      const row = section(panel)!.querySelector('tr[data-operation="write"]');
      await explained(panel, model, 'other.txt');
      expect(section(panel)!.querySelector('tr[data-operation="write"]')).toBe(
        row
      );
      expect(cells(panel, 'write')[0]).toBe('yes (measured)');
      expect(section(panel)!.textContent).toContain(
        '/home/sagemaker-user/other.txt'
      );
      panel.dispose();
    });

    it('should show the later explanation when an earlier one answers last', async () => {
      let release: (response: Response) => void = () => undefined;
      const held = new Promise<Response>(resolve => (release = resolve));
      const { panel, model } = panelAnswering(path => {
        if (path === 'slow.txt') {
          return held;
        }
        const answer = sandboxAnswer();
        answer.path = '/home/sagemaker-user/fast.txt';
        return json(answer);
      });
      const slow = model.explain('slow.txt');
      await explained(panel, model, 'fast.txt');
      const late = sandboxAnswer();
      late.path = '/home/sagemaker-user/slow.txt';
      release(json(late));
      await slow;
      await rendered(panel);
      expect(section(panel)!.textContent).toContain('fast.txt');
      expect(section(panel)!.textContent).not.toContain('slow.txt');
      panel.dispose();
    });

    it('should close the section and forget the explanation', async () => {
      const { panel, model } = panelAnswering(() => json(sandboxAnswer()));
      await explained(panel, model, 'cases/root-owned.txt');
      const close = section(panel)!.querySelector<HTMLButtonElement>(
        '.jp-IsolationInfo-explain-close'
      )!;
      expect(close.textContent).toBe('Close');
      close.click();
      await rendered(panel);
      expect(section(panel)).toBeNull();
      expect(model.explanation).toBeNull();
      panel.dispose();
    });

    it('should copy the collector Markdown of the requested path', async () => {
      const { panel, model, report, urls } = panelAnswering((path, url) =>
        url.searchParams.get('format') === 'markdown'
          ? json('# Why: ' + path)
          : json(sandboxAnswer())
      );
      const copied: string[] = [];
      const spy = jest
        .spyOn(Clipboard, 'copyToSystem')
        .mockImplementation(value => void copied.push(String(value)));
      await explained(panel, model, 'cases/root-owned.txt');
      const copy = Array.from(
        section(panel)!.querySelectorAll<HTMLButtonElement>('button')
      ).find(button => button.textContent === 'Copy as Markdown')!;
      copy.click();
      for (let turn = 0; turn < 20 && report.notice === ''; turn++) {
        await settled();
      }
      const markdown = urls
        .map(url => new URL(url))
        .filter(url => url.searchParams.get('format') === 'markdown');
      expect(markdown.map(url => url.searchParams.get('path'))).toEqual([
        'cases/root-owned.txt'
      ]);
      expect(report.notice).toBe('Copied the explanation as Markdown.');
      expect(copied).toEqual(['# Why: cases/root-owned.txt']);
      spy.mockRestore();
      panel.dispose();
    });

    it('should render names as text, never as markup, with escapes', async () => {
      const { panel, model } = panelAnswering(() => {
        const answer = sandboxAnswer();
        answer.path = '<img src=x onerror="alert(1)">evil\u202etxt';
        answer.operations.write.reason = '<b>bold</b>';
        return json(answer);
      });
      await explained(panel, model, 'x');
      expect(section(panel)!.querySelector('img')).toBeNull();
      expect(section(panel)!.querySelector('b')).toBeNull();
      expect(
        section(panel)!.querySelector('.jp-IsolationInfo-explain-path')!
          .textContent
      ).toBe('<img src=x onerror="alert(1)">evil\\u202etxt');
      panel.dispose();
    });

    it('should say once why every operation is unknown, with no walk', async () => {
      const sentence =
        'Resolving efs/notebook.ipynb did not answer within 1 s (a stalled network mount?).';
      const unknown = {
        allowed: null,
        measured: false,
        reason: sentence,
        fix: null
      };
      // The collector's unanswered() shape (the keys the view types; the
      // others are null there too).
      const stalled = {
        ...sandboxAnswer(),
        space: null,
        git: null,
        resolved: null,
        exists: null,
        type: null,
        walk: [],
        stopped_at: null,
        target: null,
        mount: null,
        storage: null,
        entries: null,
        changed: null,
        errors: [sentence],
        operations: Object.fromEntries(
          OPERATIONS.map(name => [name, unknown])
        ) as IExplanation['operations']
      } as IExplanation;
      expect(await isExplanation(stalled)).toBe(true);
      const { panel, model } = panelAnswering(() => json(stalled));
      await explained(panel, model, 'efs/notebook.ipynb');
      const shown = section(panel)!;
      expect(
        shown.querySelector('.jp-IsolationInfo-explain-unknown')!.textContent
      ).toBe(`Unknown for every operation: ${sentence}`);
      expect(shown.textContent!.split(sentence)).toHaveLength(2);
      expect(
        shown.querySelector('.jp-IsolationInfo-explain-verdicts')
      ).toBeNull();
      expect(shown.querySelector('.jp-IsolationInfo-explain-walk')).toBeNull();
      expect(shown.textContent).not.toContain('Walk from /');
      panel.dispose();
      // A lookup that stopped for that same reason says it once too.
      const stopped = {
        ...stalled,
        stopped_at: { path: '/efs', reason: sentence }
      };
      const other = panelAnswering(() => json(stopped));
      await explained(other.panel, other.model, 'efs/notebook.ipynb');
      expect(section(other.panel)!.textContent!.split(sentence)).toHaveLength(
        2
      );
      other.panel.dispose();
    });

    it('should count what the answer leaves out and say why, as text', async () => {
      const reasons = [
        "The 4 steps that lead to the file browser's root are not shown: this server shows only what lies inside it.",
        'Hidden names are not shown (<b>ContentsManager.allow_hidden</b> is off).'
      ];
      const { panel, model } = panelAnswering(() =>
        json({
          ...sandboxAnswer(),
          entries: {
            count: 12,
            looked_at: 12,
            not_looked_at: 0,
            complete: true,
            cannot_modify: 5,
            by_owner: [],
            named: [],
            error: null,
            basis: null
          },
          withheld: { walk_steps: 4, entries: 3, reasons }
        })
      );
      await explained(panel, model, 'cases/root-owned.txt');
      const shown = section(panel)!;
      const lines = Array.from(
        shown.querySelectorAll('.jp-IsolationInfo-explain-withheld')
      ).map(line => line.textContent);
      expect(lines).toEqual([
        '4 steps of the lookup are not shown.',
        '3 of them are counted but not named here.'
      ]);
      // The walk's line comes after the walk table, then the reasons, once.
      const walk = shown.querySelector('.jp-IsolationInfo-explain-walk')!;
      const steps = shown.querySelector('.jp-IsolationInfo-explain-withheld')!;
      expect(
        walk.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING
      ).toBeTruthy();
      const listed = shown.querySelectorAll(
        '.jp-IsolationInfo-explain-withheldReasons li'
      );
      expect(Array.from(listed).map(item => item.textContent)).toEqual(reasons);
      expect(shown.textContent!.split(reasons[0])).toHaveLength(2);
      expect(shown.querySelector('b')).toBeNull();
      panel.dispose();
    });

    it('should give the reasons with the entries when only names are left out', async () => {
      const reason =
        'Hidden names are not shown (ContentsManager.allow_hidden is off).';
      const { panel, model } = panelAnswering(() =>
        json({
          ...sandboxAnswer(),
          withheld: { walk_steps: 0, entries: 1, reasons: [reason] }
        })
      );
      await explained(panel, model, 'cases/root-owned.txt');
      const shown = section(panel)!;
      expect(
        Array.from(
          shown.querySelectorAll('.jp-IsolationInfo-explain-withheld')
        ).map(line => line.textContent)
      ).toEqual(['1 of them is counted but not named here.']);
      expect(shown.textContent).not.toContain('of the lookup');
      expect(shown.textContent!.split(reason)).toHaveLength(2);
      panel.dispose();
    });

    it('should say nothing is left out when nothing is', async () => {
      const { panel, model } = panelAnswering(() =>
        json({ ...sandboxAnswer(), withheld: null })
      );
      await explained(panel, model, 'cases/root-owned.txt');
      const shown = section(panel)!;
      expect(
        shown.querySelector('.jp-IsolationInfo-explain-walk')
      ).not.toBeNull();
      expect(
        shown.querySelector('.jp-IsolationInfo-explain-withheld')
      ).toBeNull();
      expect(
        shown.querySelector('.jp-IsolationInfo-explain-withheldReasons')
      ).toBeNull();
      expect(shown.textContent).not.toContain('not shown');
      expect(shown.textContent).not.toContain('counted but not named');
      panel.dispose();
    });

    it('should show a refusal as its sentence', async () => {
      const { panel, model } = panelAnswering(() =>
        json({ message: 'Only paths inside the root.' }, 403)
      );
      await explained(panel, model, '../etc/passwd');
      expect(model.explanation?.status).toBe('failed');
      expect(
        section(panel)!.querySelector('.jp-IsolationInfo-explain-error')!
          .textContent
      ).toContain('Only paths inside the root.');
      panel.dispose();
    });
  });
  describe('Explain in kernel', () => {
    /**
     * A notebook at `path` whose Python kernel answers the silent request
     * with `answer` (what the kernel's collector gives), or is `status`.
     */
    function notebook(
      path: string,
      answer: Record<string, unknown> | null,
      status = 'idle'
    ): { session: ISessionContext; codes: string[] } {
      const codes: string[] = [];
      const session = {
        kernelDisplayName: 'Python 3',
        session: {
          path,
          kernel: {
            spec: Promise.resolve({ language: 'python' }),
            status,
            requestExecute: (content: { code: string }) => {
              codes.push(content.code);
              return {
                done: Promise.resolve({
                  content: {
                    status: 'ok',
                    user_expressions: {
                      report: {
                        status: 'ok',
                        data: { 'application/json': answer }
                      }
                    }
                  }
                }),
                dispose: () => undefined
              };
            }
          }
        }
      } as unknown as ISessionContext;
      return { session, codes };
    }

    function setUp(): {
      panel: IsolationInfoPanel;
      model: ExplanationModel;
      asked: string[];
    } {
      const asked: string[] = [];
      const server = fakeServer(url => {
        const parsed = new URL(url);
        if (parsed.pathname.endsWith('/isolation-info/explain')) {
          return json(sandboxAnswer());
        }
        if (parsed.pathname.endsWith('/isolation-info/kernel-code')) {
          const path = parsed.searchParams.get('explain') ?? '';
          asked.push(path);
          return json({ code: `explain ${path}`, expression: 'result' });
        }
        return json(goldenReport('host-root'));
      });
      const model = new ExplanationModel(server.settings);
      const panel = new IsolationInfoPanel({
        model: new IsolationInfoModel(server.settings),
        explanations: model,
        translator: nullTranslator,
        commands: new CommandRegistry()
      });
      return { panel, model, asked };
    }

    function side(panel: IsolationInfoPanel, name: string): HTMLElement | null {
      return panel.node.querySelector(
        `section[data-section="explain"] [data-side="${name}"]`
      );
    }

    function rootAnswer(): IExplanation {
      const answer = sandboxAnswer();
      // As the collector gives it (explain.schema.json): the answer is
      // checked against the schema.
      answer.identity = {
        ...answer.identity,
        uid: 0,
        user: 'root',
        gid: 0,
        group: 'root',
        groups: [{ gid: 0, name: 'root' }],
        host_uid: 0,
        host_gid: 0,
        capabilities: ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FOWNER'],
        sudo: 'no'
      } as IExplanation['identity'];
      answer.operations.write = {
        allowed: true,
        measured: true,
        reason: null,
        fix: null
      };
      return answer;
    }

    it('should show the server and the kernel answers side by side, each with the path it explained', async () => {
      const { panel, model, asked } = setUp();
      await model.explain('cases/root-owned.txt');
      await rendered(panel);
      expect(side(panel, 'kernel')).toBeNull();
      const { session, codes } = notebook('work/Untitled.ipynb', {
        explanation: rootAnswer()
      });
      await model.explainInKernel(session);
      await rendered(panel);
      // The kernel starts in the notebook's folder: the same file from there.
      expect(asked).toEqual(['../cases/root-owned.txt']);
      expect(codes).toEqual(['explain ../cases/root-owned.txt']);
      const server = side(panel, 'server')!;
      const kernel = side(panel, 'kernel')!;
      expect(server.textContent).toContain('Explained cases/root-owned.txt');
      expect(server.textContent).toContain('As uid 1000 (sagemaker-user)');
      expect(
        server.querySelector('tr[data-operation="write"] td')!.textContent
      ).toBe('no (measured)');
      expect(kernel.textContent).toContain('Kernel (Python 3)');
      expect(kernel.textContent).toContain(
        'Explained ../cases/root-owned.txt from the kernel’s working directory.'
      );
      expect(kernel.textContent).toContain('As uid 0 (root)');
      // Who may change an owner or a mode: the kernel's capabilities, said
      // only where it holds some that matter.
      expect(kernel.textContent).toContain(
        'Capabilities that change a verdict here: CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_FOWNER.'
      );
      expect(server.textContent).not.toContain('Capabilities that change');
      expect(
        kernel.querySelector('tr[data-operation="write"] td')!.textContent
      ).toBe('yes (measured)');
      panel.dispose();
    });

    it('should say the kernel does not see the path when it does not', async () => {
      const { panel, model } = setUp();
      await model.explain('cases/root-owned.txt');
      const gone = rootAnswer();
      gone.exists = false;
      gone.resolved = '/root/cases/root-owned.txt';
      await model.explainInKernel(
        notebook('Untitled.ipynb', { explanation: gone }).session
      );
      await rendered(panel);
      expect(side(panel, 'kernel')!.textContent).toContain(
        'Not found there: the kernel sees no /root/cases/root-owned.txt.'
      );
      panel.dispose();
    });

    it('should never state the identity of a kernel that did not answer', async () => {
      const { panel, model, asked } = setUp();
      await model.explain('cases/root-owned.txt');
      await model.explainInKernel(
        notebook('Untitled.ipynb', { explanation: rootAnswer() }, 'busy')
          .session
      );
      await rendered(panel);
      const kernel = side(panel, 'kernel')!;
      expect(kernel.textContent).toContain('The kernel is busy');
      expect(kernel.textContent).not.toContain('As uid');
      expect(asked).toEqual([]);
      panel.dispose();
    });

    it('should show the kernel alone for a path an error in its cell named, asking no server', async () => {
      const { panel, model, asked } = setUp();
      const { session, codes } = notebook('work/Untitled.ipynb', {
        explanation: rootAnswer()
      });
      // As the kernel saw it: given as it is, not made relative again.
      await model.explainKernelPath(session, 'data/<b>x</b>.csv');
      await rendered(panel);
      expect(asked).toEqual(['data/<b>x</b>.csv']);
      expect(codes).toEqual(['explain data/<b>x</b>.csv']);
      expect(model.explanation).toEqual({
        status: 'kernel',
        path: 'data/<b>x</b>.csv'
      });
      expect(side(panel, 'server')).toBeNull();
      const kernel = side(panel, 'kernel')!;
      expect(kernel.textContent).toContain(
        'Explained data/<b>x</b>.csv from the kernel’s working directory.'
      );
      expect(kernel.querySelector('b')).toBeNull();
      expect(kernel.textContent).toContain('As uid 0 (root)');
      panel.dispose();
    });

    it('should drop the kernel answer with the next explanation', async () => {
      const { panel, model } = setUp();
      await model.explain('cases/root-owned.txt');
      await model.explainInKernel(
        notebook('Untitled.ipynb', { explanation: rootAnswer() }).session
      );
      await model.explain('cases');
      await rendered(panel);
      expect(model.kernelExplanation).toBeNull();
      expect(side(panel, 'kernel')).toBeNull();
      panel.dispose();
    });
  });
});

import * as fs from 'fs';
import * as path from 'path';

import { nullTranslator } from '@jupyterlab/translation';

import { isExplanation, IExplanation, OPERATIONS } from '../explain/types';
import { ExplainView } from '../explain/view';

const PACKAGE = path.join(__dirname, '..', '..', 'jupyterlab_isolation_info');

function schema(): any {
  return JSON.parse(
    fs.readFileSync(path.join(PACKAGE, 'explain.schema.json'), 'utf8')
  );
}

/**
 * `explain --json` of a root-owned file in the sandbox's home, as
 * sagemaker-user with passwordless sudo (the Galata test's case).
 */
function sandboxAnswer(): IExplanation {
  return JSON.parse(
    fs.readFileSync(
      path.join(
        PACKAGE,
        'tests',
        'fixtures',
        'explain',
        'sandbox-root-owned.json'
      ),
      'utf8'
    )
  );
}

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

    it('should accept the collector answer and refuse other shapes', () => {
      expect(isExplanation(sandboxAnswer())).toBe(true);
      expect(isExplanation({ message: 'refused' })).toBe(false);
      expect(isExplanation({ ...sandboxAnswer(), operations: {} })).toBe(false);
    });
  });

  describe('ExplainView', () => {
    const trans = nullTranslator.load('jupyterlab_isolation_info');

    it('should show the verdict, the reason and the fix of each operation', () => {
      const view = new ExplainView(trans, () => undefined);
      view.showAnswer('cases/root-owned.txt', sandboxAnswer());
      const write = view.node.querySelector('tr[data-operation="write"]')!;
      const cells = Array.from(write.querySelectorAll('td')).map(
        cell => cell.textContent
      );
      expect(cells[0]).toBe('no (measured)');
      expect(cells[1]).toContain('neither its owner (uid 0 (root))');
      expect(cells[2]).toContain('sudo chown sagemaker-user');
      expect(
        view.node.querySelector('tr[data-operation="create"] td')!.textContent
      ).toBe('unknown');
    });

    it('should show the walk from / with host owners', () => {
      const view = new ExplainView(trans, () => undefined);
      view.showAnswer('cases/root-owned.txt', sandboxAnswer());
      const rows = view.node.querySelectorAll(
        '.jp-IsolationInfo-explain-walk tr'
      );
      expect(rows[0].textContent).toContain('/');
      expect(rows[rows.length - 1].textContent).toContain('root → host 100000');
    });

    it('should render names as text, never as markup', () => {
      const view = new ExplainView(trans, () => undefined);
      const answer = sandboxAnswer();
      answer.path = '<img src=x onerror="alert(1)">';
      answer.operations.write.reason = '<b>bold</b>';
      view.showAnswer(answer.path, answer);
      expect(view.node.querySelector('img')).toBeNull();
      expect(view.node.querySelector('b')).toBeNull();
      expect(view.node.querySelector('h2')!.textContent).toBe(answer.path);
    });

    it('should show controls and bidi overrides in names as escapes', () => {
      const view = new ExplainView(trans, () => undefined);
      const answer = sandboxAnswer();
      answer.path = 'evil\u202etxt.exe\x1b[31m';
      view.showAnswer(answer.path, answer);
      expect(view.node.querySelector('h2')!.textContent).toBe(
        'evil\\u202etxt.exe\\x1b[31m'
      );
    });

    it('should call back with the requested path to copy it', () => {
      const copied: string[] = [];
      const view = new ExplainView(trans, p => copied.push(p));
      view.showAnswer('cases/root-owned.txt', sandboxAnswer());
      view.node.querySelector('button')!.click();
      expect(copied).toEqual(['cases/root-owned.txt']);
    });

    it('should show a refusal as its sentence', () => {
      const view = new ExplainView(trans, () => undefined);
      view.showError('/etc/passwd', 'Only paths inside the root.');
      expect(view.node.textContent).toContain('Only paths inside the root.');
    });
  });
});

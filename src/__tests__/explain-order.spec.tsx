import * as fs from 'fs';
import * as path from 'path';

import * as React from 'react';

import { IExplanation, OperationName } from '../explain/types';
import { operationGroups, Verdicts } from '../views/explain';
import { click, renderView } from './render';

/**
 * `explain --json` of a root-owned file in the sandbox (write, chmod
 * refused; create unknown; read, delete, execute as the fixture says).
 */
function answerWith(
  allowed: Partial<Record<OperationName, boolean | null>>
): IExplanation {
  const answer: IExplanation = JSON.parse(
    fs.readFileSync(
      path.join(
        __dirname,
        '..',
        '..',
        'jupyterlab_isolation_info',
        'tests',
        'fixtures',
        'explain',
        'sandbox-root-owned.json'
      ),
      'utf8'
    )
  );
  for (const [name, value] of Object.entries(allowed)) {
    answer.operations[name as OperationName] = {
      allowed: value as boolean | null,
      measured: true,
      reason: `why ${name}`,
      fix: value === false ? `fix ${name}` : null
    };
  }
  return answer;
}

const MIXED = {
  read: true,
  write: false,
  create: null,
  delete: true,
  chmod: false,
  execute: null
};

describe('explain', () => {
  describe('operationGroups', () => {
    it('should put the refused first, then the unknown, then the allowed', () => {
      expect(operationGroups(answerWith(MIXED))).toEqual({
        refused: ['write', 'chmod'],
        unknown: ['create', 'execute'],
        allowed: ['read', 'delete']
      });
    });
  });

  describe('Verdicts', () => {
    it('should lead with the refused rows, each with its reason and fix', async () => {
      const node = await renderView(<Verdicts answer={answerWith(MIXED)} />);
      const rows = Array.from(node.querySelectorAll('tbody tr'));
      expect(
        rows.map(
          row =>
            row.getAttribute('data-operation') ??
            row.classList.contains('jp-IsolationInfo-explain-allowed')
        )
      ).toEqual([
        'write',
        'chmod',
        'create',
        'execute',
        true,
        'read',
        'delete'
      ]);
      const write = Array.from(
        node.querySelectorAll('tr[data-operation="write"] td')
      ).map(cell => cell.textContent);
      expect(write).toEqual(['no (measured)', 'why write', 'fix write']);
    });

    it('should fold the allowed into one line that a click unfolds', async () => {
      const node = await renderView(<Verdicts answer={answerWith(MIXED)} />);
      const toggle = node.querySelector(
        '.jp-IsolationInfo-explain-allowedToggle'
      ) as HTMLButtonElement;
      expect(toggle.textContent).toBe('Allowed: read, delete');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      const read = node.querySelector(
        'tr[data-operation="read"]'
      ) as HTMLElement;
      expect(read.hidden).toBe(true);
      expect(
        (node.querySelector('tr[data-operation="write"]') as HTMLElement).hidden
      ).toBe(false);
      await click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(read.hidden).toBe(false);
      expect(read.textContent).toContain('why read');
    });

    it('should have no allowed line when nothing is allowed', async () => {
      const node = await renderView(
        <Verdicts
          answer={answerWith({
            read: false,
            write: false,
            create: false,
            delete: false,
            chmod: false,
            execute: false
          })}
        />
      );
      expect(
        node.querySelector('.jp-IsolationInfo-explain-allowedToggle')
      ).toBeNull();
      expect(node.querySelectorAll('tbody tr[hidden]')).toHaveLength(0);
    });
  });
});

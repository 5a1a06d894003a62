import * as fs from 'fs';
import * as path from 'path';

import { visible } from '../escape';

// The table the collector's tests read too: one escaping policy, two languages.
const TABLE = path.resolve(
  __dirname,
  '..',
  '..',
  'jupyterlab_isolation_info',
  'tests',
  'escapes.json'
);

interface IRow {
  class: string;
  text: string;
  escaped: string;
}

const rows = (JSON.parse(fs.readFileSync(TABLE, 'utf8')) as { rows: IRow[] })
  .rows;

describe('escape', () => {
  describe('visible', () => {
    it('should have a row for every class of code point', () => {
      const classes = rows.map(row => row.class).join('\n');
      for (const word of [
        'C0 control',
        'DEL',
        'C1 control',
        'bidi',
        'format',
        'space separator',
        'line separator',
        'paragraph separator',
        'private use',
        'unassigned',
        'lone surrogate',
        'astral',
        'ordinary'
      ]) {
        expect(classes).toContain(word);
      }
    });

    it.each(rows.map(row => [row.class, row.text, row.escaped]))(
      'should show %s as the collector does',
      (_, text, escaped) => {
        expect(visible(text)).toBe(escaped);
      }
    );

    it('should leave text already escaped as it is', () => {
      for (const row of rows) {
        expect(visible(row.escaped)).toBe(row.escaped);
      }
    });
  });
});

import * as fs from 'fs';
import * as path from 'path';

/** A cell of the fixture: what a real ipykernel printed behind a real wall. */
export interface IFixtureCell {
  id: string;
  code: string;
  outputs: Record<string, unknown>[];
}

/** The cells generate.py captured (fixtures/errors/notebook-outputs.json). */
export const CELLS: IFixtureCell[] = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, 'fixtures', 'errors', 'notebook-outputs.json'),
    'utf8'
  )
);

/** The outputs of one captured cell, by its id. */
export function outputsOf(id: string): Record<string, unknown>[] {
  const cell = CELLS.find(c => c.id === id);
  if (!cell) {
    throw new Error(`no cell ${id} in the fixture`);
  }
  return cell.outputs;
}

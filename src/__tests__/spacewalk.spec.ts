import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

import { IValidate } from '../contracts';
import compiled from '../schemas/space-walk.validate';
import type { SpaceWalk } from '../spacewalk.generated';

const repo = path.join(__dirname, '..', '..');
const validate: IValidate = compiled;

const running: SpaceWalk = {
  path: 'work',
  state: 'running',
  started: '2026-12-07T10:00:00Z',
  finished: null,
  progress: { entries: 4096, bytes: 1048576, seconds: 0.5 },
  answer: null
};

describe('spacewalk.generated.ts', () => {
  it('should be what space-walk.schema.json and space.schema.json give', () => {
    // --check exits 1, and so throws, when a generated file and its schemas disagree.
    expect(() =>
      execFileSync(
        process.execPath,
        [path.join(repo, 'scripts', 'report-types.js'), '--check'],
        { stdio: 'pipe' }
      )
    ).not.toThrow();
    const types = fs.readFileSync(
      path.join(repo, 'src', 'spacewalk.generated.ts'),
      'utf8'
    );
    // The answer comes in by its $id, with the server's notebook of a kernel.
    expect(types).toContain('answer: SpaceAnswer | null;');
    expect(types).toContain('notebook: string | null;');
  });
});

describe('space-walk.validate', () => {
  it('should keep a running walk', () => {
    expect(validate(running)).toBe(true);
  });

  it('should check the answer against space.schema.json', () => {
    const done = {
      ...running,
      state: 'done',
      finished: '2026-12-07T10:00:02Z',
      answer: { schema_version: 1 }
    };
    expect(validate(done)).toBe(false);
    expect(validate.errors?.[0].instancePath).toBe('/answer');
  });

  it('should refuse a state outside the contract', () => {
    expect(validate({ ...running, state: 'queued' })).toBe(false);
  });
});

import * as fs from 'fs';
import * as path from 'path';

import { isDateTime, ucs2length } from '../contracts';
import { checked, contractProblem } from '../validate';
import {
  goldenReport,
  GoldenCase,
  patchedReport,
  sandboxExplanation,
  sandboxReports
} from './golden';
import { kernelDeath } from './kernelDeaths';

const reportProblem = (value: unknown) => contractProblem('report', value);

function verdict(): Record<string, unknown> {
  return { ...kernelDeath(1, 'memory') };
}

describe('contractProblem', () => {
  describe('report', () => {
    it.each<GoldenCase>([
      'docker-root-seccomp',
      'host-root',
      'studio-root-remapped',
      'studio-sagemaker-user'
    ])('should accept the golden report of %s', async name => {
      expect(await reportProblem(goldenReport(name))).toBeNull();
    });

    it.each(sandboxReports())(
      'should accept the sandbox golden report %s',
      async (_, report) => {
        expect(await reportProblem(report)).toBeNull();
      }
    );

    it('should name an unknown key', async () => {
      const report = patchedReport('host-root', r => {
        (r.home as any).owner = 0;
      });
      expect(await reportProblem(report)).toBe(
        'report.home: has an unknown key "owner"'
      );
    });

    it('should name a wrong enum value deep in a list', async () => {
      const report = patchedReport('studio-sagemaker-user', r => {
        (r.endpoints[2] as any).status = 'open';
      });
      expect(await reportProblem(report)).toContain(
        'report.endpoints[2].status'
      );
    });

    it('should allow any keys inside metadata fields', async () => {
      const report = patchedReport('studio-sagemaker-user', r => {
        r.metadata.fields = { 'a.b': { '': [1, null] } };
      });
      expect(await reportProblem(report)).toBeNull();
    });

    it('should reject a string longer than its maxLength', async () => {
      // The Studio context's strings are bounded (256 characters).
      const report = patchedReport('studio-sagemaker-user', r => {
        (r.context as any).partition = 'x'.repeat(257);
      });
      expect(await reportProblem(report)).toBe(
        'report.context.partition: is longer than 256 characters'
      );
    });

    it('should count a string in code points, as JSON Schema does', async () => {
      // 256 characters outside the BMP are 512 UTF-16 units.
      const report = patchedReport('studio-sagemaker-user', r => {
        (r.context as any).partition = '\u{1F512}'.repeat(256);
      });
      expect(await reportProblem(report)).toBeNull();
    });

    it('should reject a generated_at that is not a date-time', async () => {
      const report = patchedReport('host-root', r => {
        r.generated_at = '2026-13-01T00:00:00Z';
      });
      expect(await reportProblem(report)).toBe(
        'report.generated_at: is not a date-time'
      );
    });
  });

  describe('explanation', () => {
    const answer = sandboxExplanation;

    it("should accept the collector's answer", async () => {
      expect(await contractProblem('explanation', answer())).toBeNull();
    });

    it('should reject a generated_at that is not a date-time', async () => {
      expect(
        await contractProblem('explanation', {
          ...answer(),
          generated_at: '2026-13-01T00:00:00Z'
        })
      ).toBe('explanation.generated_at: is not a date-time');
    });
  });

  describe('kernel-death', () => {
    const answer = (death: unknown) => ({
      kernel_id: '4f2c0b1e-0000-4000-8000-000000000000',
      watching: true,
      death
    });

    it('should accept a verdict and no death', async () => {
      expect(
        await contractProblem('kernel-death', answer(verdict()))
      ).toBeNull();
      expect(await contractProblem('kernel-death', answer(null))).toBeNull();
    });

    it.each([
      ['an unknown cause', { cause: 'oom' }, 'answer.death.cause'],
      ['a time that is not one', { noticed_at: 'now' }, 'is not a date-time'],
      ['an empty text', { text: '' }, 'answer.death.text'],
      ['an over-long text', { text: 'x'.repeat(4097) }, 'longer than 4096']
    ])('should reject %s', async (_, patch, problem) => {
      expect(
        await contractProblem(
          'kernel-death',
          answer({ ...verdict(), ...patch })
        )
      ).toContain(problem);
    });
  });
});

describe('the compiled checks', () => {
  const SCHEMAS = path.join(__dirname, '..', 'schemas');

  it.each(fs.readdirSync(SCHEMAS))(
    '%s should need nothing of Ajv at run time',
    name => {
      const text = fs.readFileSync(path.join(SCHEMAS, name), 'utf8');
      expect(text).not.toMatch(/require\(|from 'ajv/);
    }
  );
});

describe('ucs2length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['\u{1F512}', 1],
    ['a\u{1F512}b', 3],
    ['\ud800', 1],
    ['\udc00\ud800', 2]
  ])('should count %j as %d', (value, length) => {
    expect(ucs2length(value)).toBe(length);
  });
});

describe('isDateTime', () => {
  it.each([
    '2026-01-01T14:02:00Z',
    '2026-01-01T14:02:00.123+02:00',
    '2016-12-31T23:59:60Z'
  ])('should accept %s', value => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    '2026-01-01',
    '2026-01-01T14:02:00',
    '2026-02-30T25:00:00Z',
    '2026-13-01T00:00:00Z'
  ])('should refuse %s', value => {
    expect(isDateTime(value)).toBe(false);
  });
});

describe('checked', () => {
  it('should give the value back when it keeps the contract', async () => {
    const report = goldenReport('host-root');
    expect(await checked('report', report, "the server's answer")).toBe(report);
  });

  it('should throw a sentence that says whose answer broke which contract, and where', async () => {
    await expect(
      checked('kernel-death', { watching: true }, "the server's answer")
    ).rejects.toThrow(
      "the server's answer is not a kernel-death verdict (answer: lacks kernel_id)"
    );
    expect(await contractProblem('report', {})).toBe(
      'report: lacks schema_version'
    );
  });
});

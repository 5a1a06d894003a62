import { schemaProblem } from '../validate';
import {
  goldenReport,
  GoldenCase,
  patchedReport,
  reportSchema,
  sandboxReports
} from './golden';

const schema = reportSchema();

describe('schemaProblem', () => {
  it.each<GoldenCase>([
    'docker-root-seccomp',
    'host-root',
    'studio-root-remapped',
    'studio-sagemaker-user'
  ])('should accept the golden report of %s', name => {
    expect(schemaProblem(goldenReport(name), schema)).toBeNull();
  });

  it.each(sandboxReports())(
    'should accept the sandbox golden report %s',
    (_, report) => {
      expect(schemaProblem(report, schema)).toBeNull();
    }
  );

  it('should name an unknown key', () => {
    const report = patchedReport('host-root', r => {
      (r.home as any).owner = 0;
    });
    expect(schemaProblem(report, schema)).toBe(
      'report.home: has an unknown key "owner"'
    );
  });

  it('should name a wrong enum value deep in a list', () => {
    const report = patchedReport('studio-sagemaker-user', r => {
      (r.endpoints[2] as any).status = 'open';
    });
    expect(schemaProblem(report, schema)).toContain(
      'report.endpoints[2].status'
    );
  });

  it('should allow any keys inside metadata fields', () => {
    const report = patchedReport('studio-sagemaker-user', r => {
      r.metadata.fields = { 'a.b': { '': [1, null] } };
    });
    expect(schemaProblem(report, schema)).toBeNull();
  });
});

import {
  flattenJSON,
  formatMapLine,
  sortFindings,
  toMarkdown,
  worstSeverity
} from '../format';
import { studioReport } from './fixtures/report';

describe('format', () => {
  describe('formatMapLine', () => {
    it.each([
      [{ inside: 1000, outside: 200001, count: 1 }, '1000 → 200001'],
      [
        { inside: 0, outside: 100000, count: 1000 },
        '0–999 → 100000–100999 (1000 ids)'
      ]
    ])('should read %j as %s', (line, text) => {
      expect(formatMapLine(line)).toBe(text);
    });
  });

  describe('sortFindings', () => {
    it('should put the worst severity first', () => {
      expect(sortFindings(studioReport.findings).map(f => f.severity)).toEqual([
        'critical',
        'warning',
        'info'
      ]);
    });

    it('should treat missing findings as none', () => {
      expect(sortFindings(undefined)).toEqual([]);
      expect(worstSeverity(undefined)).toBeNull();
    });
  });

  describe('worstSeverity', () => {
    it('should be the most severe finding', () => {
      expect(worstSeverity(studioReport.findings)).toBe('critical');
    });
  });

  describe('flattenJSON', () => {
    it('should name nested keys and array items by path', () => {
      expect(
        flattenJSON({ a: { b: [1, 'x'] }, c: null, d: {}, e: [] })
      ).toEqual([
        ['a.b[0]', '1'],
        ['a.b[1]', 'x'],
        ['c', 'null'],
        ['d', '{}'],
        ['e', '[]']
      ]);
    });
  });

  describe('toMarkdown', () => {
    const markdown = toMarkdown(studioReport);

    it('should list the host uid', () => {
      expect(markdown).toContain('| host uid | 200001 |');
    });

    it('should put findings first, worst first', () => {
      const findings = markdown.indexOf('## Findings');
      expect(findings).toBeGreaterThan(0);
      expect(findings).toBeLessThan(markdown.indexOf('## Identity'));
      expect(markdown.indexOf('critical')).toBeLessThan(
        markdown.indexOf('| warning')
      );
    });

    it('should escape pipes so table rows stay whole', () => {
      expect(markdown).toContain('Extra \\| capability');
    });

    it('should include nested metadata and every section', () => {
      expect(markdown).toContain('| Tags.cost[1] | b |');
      for (const heading of [
        '## Home directory',
        '## App metadata',
        '## Network isolation',
        '## Container',
        '## Kernels'
      ]) {
        expect(markdown).toContain(heading);
      }
      expect(markdown).toContain('read-only');
    });
  });
});

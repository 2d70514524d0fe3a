/** The `--project` filter read from the command line, as vitest reads it, before vitest sets the projects up. */
import { describe, expect, test } from 'vitest';
import { isProjectRequested, projectPatterns } from '../support/requested-projects.ts';

const argv = (...options: string[]) => ['node', 'vitest', 'run', ...options];

describe('isProjectRequested', () => {
  test('without --project every project is asked for', () => {
    expect(isProjectRequested('components', argv())).toBe(true);
    expect(isProjectRequested('components', argv('tests/components/svg.test.ts'))).toBe(true);
  });

  test('a name, in either spelling of the option, repeated', () => {
    expect(projectPatterns(argv('--project', 'unit', '--project=site'))).toEqual(['unit', 'site']);
    expect(isProjectRequested('components', argv('--project', 'unit'))).toBe(false);
    expect(isProjectRequested('components', argv('--project', 'unit', '--project=components'))).toBe(true);
  });

  test('a wildcard matches any text; a leading ! leaves a project out', () => {
    expect(isProjectRequested('components', argv('--project=comp*'))).toBe(true);
    expect(isProjectRequested('components', argv('--project=*it'))).toBe(false);
    expect(isProjectRequested('components', argv('--project=!components'))).toBe(false);
    expect(isProjectRequested('unit', argv('--project=!components'))).toBe(true);
  });
});

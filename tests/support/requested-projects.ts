/**
 * Which test projects the command line asks for (`--project unit`, `--project=comp*`,
 * `--project=!site`), read before vitest resolves them: vitest resolves every project's config and
 * only then filters by name, so a project whose config is costly to resolve can be left out here.
 */

/** The `--project` patterns of `argv`; none means every project. */
export function projectPatterns(argv: readonly string[] = process.argv): string[] {
  return argv.flatMap((argument, index) =>
    argument === '--project' ? [argv[index + 1] ?? ''] : argument.startsWith('--project=') ? [argument.slice('--project='.length)] : [],
  );
}

const matches = (pattern: string, name: string): boolean =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
      .join('.*')}$`,
    'u',
  ).test(name);

/** Does the command line ask for the project `name`, as vitest's `--project` filter reads it (`*` any text, `!` leaves out)? */
export function isProjectRequested(name: string, argv: readonly string[] = process.argv): boolean {
  const patterns = projectPatterns(argv);
  const included = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  return (included.length === 0 || included.some((pattern) => matches(pattern, name))) && !excluded.some((pattern) => matches(pattern, name));
}

import picomatch from 'picomatch';

/**
 * Glob patterns for shells that do not expand them (cmd.exe, PowerShell) and for quoted patterns,
 * by picomatch: `*` and `?` within a path segment, `**` across segments, `[abc]` classes, `{a,b}`
 * alternatives. Paths are matched with `/` between segments, whatever the system writes.
 */
export function hasGlob(pattern: string): boolean {
  // Only these characters make a pattern: picomatch also takes 「年报(1).xlsx」 for one (extglob),
  // and a file of that name that is missing must be reported missing, not as a pattern matching nothing.
  return /[*?[{]/.test(pattern);
}

/** A test of a path (relative to where the pattern was written, `/` between segments) against the pattern. */
export function globMatcher(pattern: string): (path: string) => boolean {
  return picomatch(pattern.replace(/^\.\//, ''));
}

/** The directory a pattern's walk starts from: its segments before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const { base } = picomatch.scan(pattern);
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

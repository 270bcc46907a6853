/**
 * Glob patterns for shells that do not expand them (cmd.exe, PowerShell) and for quoted patterns:
 * `*` and `?` within a path segment, `**` across segments, `[abc]` classes, `{a,b}` alternatives.
 */
export function hasGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else source += '[^/]*';
    } else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (ch === '{') {
      const end = pattern.indexOf('}', i + 1);
      if (end < 0) source += '\\{';
      else {
        source += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((part) => part.replace(/[.+^$()|\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else source += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The directory a pattern's walk starts from: its segments before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const index = segments.findIndex(hasGlob);
  const base = segments.slice(0, index < 0 ? segments.length : index).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

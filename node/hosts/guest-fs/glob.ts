/**
 * @packageDocumentation
 * Glob patterns of `files find`, as a shell user expects them: `*` and `?` stay inside one name,
 * `**` crosses folders, `[abc]`/`[!a-z]` are classes. A pattern without a slash matches a name
 * anywhere (like `find -name`); one with a slash matches the whole path under the search root.
 *
 * @example
 * ```ts
 * const match = globMatcher('*.conf')
 * match('/etc/nginx/nginx.conf')   // true
 * globMatcher('/etc/**\/*.conf')('/etc/a/b.conf')   // true
 * ```
 */

/** A predicate over absolute guest paths. */
export function globMatcher (pattern: string): (path: string) => boolean {
  const byName = !pattern.includes('/')
  const re = new RegExp('^' + globToRegExpSource(byName ? pattern : pattern.replace(/^\/*/, '/')) + '$', 'u')
  return byName
    ? (path) => re.test(path.slice(path.lastIndexOf('/') + 1))
    : (path) => re.test(path)
}

/** The regular expression source a glob stands for. */
export function globToRegExpSource (glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++
        // `**/` also matches no folder at all
        if (glob[i + 1] === '/') { i++; out += '(?:.*/)?' } else out += '.*'
      } else out += '[^/]*'
    } else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end < 0) { out += '\\['; continue }
      let body = glob.slice(i + 1, end)
      const negate = body.startsWith('!') || body.startsWith('^')
      if (negate) body = body.slice(1)
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`
      i = end
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return out
}

/**
 * The one test every URL passes before it becomes a link or a navigation, apart
 * from the rest of the parser: the tile's support line needs it too.
 */
export const MAX_URL = 2048;

export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * What the URL parser would silently drop or rewrite: surrounding spaces, tabs
 * and newlines anywhere, other controls, backslashes read as slashes.
 */
// eslint-disable-next-line no-control-regex
const UNCLEAN_URL = /[\u0000-\u0020\u007F-\u009F\\]/;

/**
 * The canonical `href` of an absolute `https:` URL (or `http:` on localhost)
 * without credentials, written as `scheme://host…` with nothing the parser
 * would have to repair; else undefined. Everything that becomes a link or a
 * navigation passes here, and only what it returns is used.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL || UNCLEAN_URL.test(value) || !/^https?:\/\/[^/]/i.test(value)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname))) return url.href;
  return undefined;
}

/** Where a hand-off may send the buyer unless the host says otherwise (`handoffHosts`): Amazon's own sites. */
export const HANDOFF_HOSTS: readonly string[] = ['amazon.com', 'amazon.ca'];

/** True when `safeUrl` accepts `value`. */
export function isSafeUrl(value: unknown): value is string {
  return safeUrl(value) !== undefined;
}

/**
 * The hand-off's host check, apart from safe-url.ts: the tile's file carries the
 * default list (the element's property), the rest of the widget this.
 */
import {HANDOFF_HOSTS, LOCAL_HOSTS} from './safe-url.js';

/**
 * True when the host name of `href` (a URL safeUrl accepted) is one of `hosts`
 * or a subdomain of one, on a label boundary: `amazon.ca` matches
 * `www.amazon.ca`, never `amazon.ca.evil.example` or `evilamazon.ca`. The URL
 * parser writes an internationalised name in Punycode (`xn--…`), so a lookalike
 * of an ASCII entry never matches. Local hosts stay allowed (development).
 */
export function onHosts(href: string, hosts: readonly string[]): boolean {
  const {hostname} = new URL(href);
  if (LOCAL_HOSTS.includes(hostname)) return true;
  // A host that set something else than a list gets the default.
  return (Array.isArray(hosts) ? hosts : HANDOFF_HOSTS).some((entry) => {
    const host = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && (hostname === host || hostname.endsWith(`.${host}`));
  });
}

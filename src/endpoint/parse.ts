/**
 * Validation of everything the endpoint sends. Nothing is rendered from an
 * answer until it has passed through here; what does not match protocol v1 is
 * an `EndpointError` with code `protocol`. Pure: no DOM, no fetch, no lit.
 */
import {EndpointError, SERVER_ERROR_CODES, type ErrorCode, type Refusal} from './errors.js';
import {
  LOOKUP_STATUSES,
  isOneOf,
  type Action,
  type ActionResult,
  type Invitation,
  type LookupResult,
  type ResultOf,
} from './protocol.js';
import {onHosts} from './hosts.js';
import {HANDOFF_HOSTS, safeUrl} from './safe-url.js';

export {HANDOFF_HOSTS, isSafeUrl, MAX_URL, safeUrl} from './safe-url.js';
export {onHosts} from './hosts.js';

/** Longest text accepted from the endpoint for a name, email or token. */
export const MAX_TEXT = 256;
export const MAX_TOKEN = 4096;
/** Longest wait honoured from `Retry-After`, so a bad header cannot park the buyer for a day. */
export const MAX_RETRY_AFTER = 3600;

type Json = Record<string, unknown>;

function protocolError(refusal: Refusal): EndpointError {
  return new EndpointError({code: 'protocol', status: 200}, refusal);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Controls that could change how the widget's own sentence around a value is
 * read or laid out: C0 and C1 controls, and every bidi mark, embedding,
 * override and isolate. The screens isolate each value themselves.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A value shown inside a sentence: a string without controls (events carry it as cleaned here). */
function shown(body: Json, key: string): string {
  return text(body, key)!.replace(CONTROLS, '');
}

function text(body: Json, key: string, max = MAX_TEXT, optional = false): string | undefined {
  const value = body[key];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') throw protocolError({problem: 'not-string', key});
  if (value.length > max) throw protocolError({problem: 'too-long', key});
  return value;
}

function url(body: Json, key: string, optional = false): string | undefined {
  const value = body[key];
  if (value === undefined && optional) return undefined;
  const safe = safeUrl(value);
  if (safe === undefined) throw protocolError({problem: 'not-https', key});
  return safe;
}

function parseLookup(body: Json): LookupResult {
  const status = body.status;
  if (!isOneOf(LOOKUP_STATUSES, status)) throw protocolError({problem: 'status'});
  const result: LookupResult = {status, accountName: shown(body, 'accountName')};
  const token = text(body, 'token', MAX_TOKEN, true);
  if (token !== undefined) result.token = token;
  const needsShop = status === 'new' || status === 'member';
  const shopUrl = url(body, 'shopUrl', !needsShop);
  if (shopUrl !== undefined) result.shopUrl = shopUrl;
  const reason = text(body, 'reason', MAX_TEXT, status !== 'blocked');
  if (reason !== undefined) result.reason = reason;
  // Hand-off applies where the widget would sign the buyer in; any other value is the full mode, as before.
  if (body.mode === 'handoff' && (status === 'amazon-account' || status === 'business-account')) result.mode = 'handoff';
  return result;
}

function parseInvitation(value: unknown): Invitation {
  if (!isObject(value)) throw protocolError({problem: 'missing', key: 'invitation'});
  return {
    inviterEmail: shown(value, 'inviterEmail'),
    organizationName: shown(value, 'organizationName'),
  };
}

/**
 * Validates the JSON body of a 2xx answer to `action`. `expectInvitation` is
 * true when `sign-in` follows a `business-account` lookup; a `handoff` answer's
 * `url` must be on `handoffHosts` (the element's property).
 */
export function parseResult(action: Action, body: unknown, expectInvitation = false, handoffHosts = HANDOFF_HOSTS): ActionResult {
  if (!isObject(body)) throw protocolError({problem: 'not-object'});
  switch (action) {
    case 'lookup':
    case 'choose':
      return {action, value: parseLookup(body)};
    case 'sign-in': {
      const value: ResultOf['sign-in'] = {};
      if (expectInvitation) value.invitation = parseInvitation(body.invitation);
      return {action, value};
    }
    case 'convert':
    case 'join':
      return {action, value: {shopUrl: url(body, 'shopUrl')!}};
    case 'separate':
      return {action, value: {shopUrl: url(body, 'shopUrl')!, businessEmail: shown(body, 'businessEmail')}};
    case 'decline':
      return {action, value: {}};
    case 'handoff': {
      const start = url(body, 'url')!;
      if (!onHosts(start, handoffHosts)) throw protocolError({problem: 'not-handoff-host', key: 'url'});
      return {action, value: {url: start}};
    }
  }
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date), capped. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    seconds = Math.ceil((date - now) / 1000);
  }
  return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER);
}

/**
 * Turns a non-2xx answer into one typed error. `bodyText` may be anything (an
 * HTML error page, nothing at all); only a known `error.code` is taken from it.
 */
export function parseFailure(status: number, bodyText: string, retryAfterHeader: string | null): EndpointError {
  let code: ErrorCode | undefined;
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isObject(body) && isObject(body.error) && typeof body.error.code === 'string') {
      code = isOneOf(SERVER_ERROR_CODES, body.error.code) ? body.error.code : 'unknown';
    }
  } catch {
    // Not JSON (an HTML error page, a proxy's text): the status alone decides.
  }
  if (status === 429) code = 'rate-limited';
  if (code === undefined || (code === 'unknown' && status >= 500)) {
    code = status >= 500 ? 'unavailable' : 'unknown';
  }
  const retryAfter = parseRetryAfter(retryAfterHeader);
  return new EndpointError({code, status, ...(retryAfter !== undefined ? {retryAfter} : {})});
}

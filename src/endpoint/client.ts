/**
 * The endpoint client: builds the protocol's request, sends it with a timeout,
 * and returns a validated result or throws one `EndpointError`. An abort by the
 * caller rejects with the signal's reason and is not an error to show.
 */
import {EndpointError} from './errors.js';
import {parseFailure, parseResult} from './parse.js';
import {PROTOCOL_HEADER, PROTOCOL_VERSION, type ActionRequest, type ActionResult} from './protocol.js';

/** What a host may add to every request (contract: `requestInit`). */
export interface RequestExtras {
  headers?: HeadersInit;
  credentials?: RequestCredentials;
}

export interface CallOptions {
  endpoint: string;
  timeout: number;
  signal: AbortSignal;
  extras?: RequestExtras;
  /** True when `sign-in` must answer with an invitation (after `business-account`). */
  expectInvitation?: boolean;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT = 15000;
/** The longest delay `setTimeout` keeps: anything longer fires at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * The `timeout` attribute or property as milliseconds: a finite number from 1
 * to 2^31-1, else the default. Every wait of the widget uses this, never the raw value.
 */
export function timeoutMs(value: unknown): number {
  const ms = typeof value === 'string' && !value.trim() ? NaN : Number(value);
  return Number.isFinite(ms) && ms >= 1 && ms <= MAX_TIMEOUT ? ms : DEFAULT_TIMEOUT;
}

/** The `RequestInit` for one call: the host's headers first, the protocol's own on top. */
export function buildInit(request: ActionRequest, extras: RequestExtras = {}, signal?: AbortSignal): RequestInit {
  const headers = new Headers(extras.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/json');
  headers.set(PROTOCOL_HEADER, PROTOCOL_VERSION);
  return {
    method: 'POST',
    headers,
    body: JSON.stringify(request),
    credentials: extras.credentials ?? 'same-origin',
    // A redirect would re-send the body (the password) wherever it points, or
    // turn it into a GET answered by someone else: never followed, refused below.
    redirect: 'manual',
    ...(signal ? {signal} : {}),
  };
}

export async function callEndpoint(request: ActionRequest, options: CallOptions): Promise<ActionResult> {
  const {signal} = options;
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeoutMs(options.timeout));
  const onAbort = () => timer.abort();
  signal.addEventListener('abort', onAbort, {once: true});
  const doFetch = options.fetch ?? fetch;
  const failed = (error: unknown): never => {
    if (signal.aborted) throw signal.reason;
    if (timer.signal.aborted) throw new EndpointError({code: 'timeout'});
    if (error instanceof EndpointError) throw error;
    // A browser cannot tell a CORS refusal from a network failure. An endpoint on
    // another origin that fails while the browser is online is most likely the
    // former: the buyer is not told to check a connection that works.
    const {origin} = new URL(options.endpoint, location.href);
    if (navigator.onLine && origin !== location.origin) {
      console.warn(`ab-registration: ${origin} unreachable while online: do its CORS headers allow ${location.origin}?`);
      throw new EndpointError({code: 'unavailable'});
    }
    throw new EndpointError({code: 'network'});
  };
  try {
    let response: Response;
    let bodyText: string;
    try {
      response = await doFetch(options.endpoint, buildInit(request, options.extras, timer.signal));
      bodyText = await response.text();
    } catch (error) {
      return failed(error);
    }
    if (signal.aborted) throw signal.reason;
    if (response.type === 'opaqueredirect' || response.redirected) {
      throw new EndpointError({code: 'protocol'}, 'ab-registration: redirects are not followed');
    }
    if (!response.ok) throw parseFailure(response.status, bodyText, response.headers.get('Retry-After'));
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      throw new EndpointError({code: 'protocol', status: response.status}, 'ab-registration: endpoint answer is not JSON');
    }
    return parseResult(request.action, body, options.expectInvitation);
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * The endpoint client: builds the protocol's request, sends it with a timeout,
 * and returns a validated result or throws one `EndpointError`. An abort by the
 * caller rejects with the signal's reason and is not an error to show.
 */
import {EndpointError} from './errors.js';
import {parseFailure, parseResult} from './parse.js';
import type {ActionRequest, ActionResult} from './protocol.js';
import {buildInit, timeoutMs, type EarlyCall, type RequestExtras} from './request.js';

export {buildInit, DEFAULT_TIMEOUT, timeoutMs, type EarlyCall, type RequestExtras} from './request.js';

export interface CallOptions {
  endpoint: string;
  timeout: number;
  signal: AbortSignal;
  extras?: RequestExtras;
  /** True when `sign-in` must answer with an invitation (after `business-account`). */
  expectInvitation?: boolean;
  /** Where a `handoff` answer's `url` may point (the element's `handoffHosts`). */
  handoffHosts?: readonly string[];
  fetch?: typeof fetch;
  /** The same request, already sent by the tile before this code arrived: its answer is used instead of a new call. */
  early?: EarlyCall;
}

export async function callEndpoint(request: ActionRequest, options: CallOptions): Promise<ActionResult> {
  const {signal, early} = options;
  const timer = new AbortController();
  // An early call has been waiting since the click: the timeout counts from then.
  const elapsed = early ? Date.now() - early.started : 0;
  const timeoutId = setTimeout(() => timer.abort(), Math.max(0, timeoutMs(options.timeout) - elapsed));
  timer.signal.addEventListener('abort', () => early?.abort.abort(), {once: true});
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
      response = await (early?.response ?? doFetch(options.endpoint, buildInit(request, options.extras, timer.signal)));
      bodyText = await response.text();
    } catch (error) {
      return failed(error);
    }
    if (signal.aborted) throw signal.reason;
    if (response.type === 'opaqueredirect' || response.redirected) {
      throw new EndpointError({code: 'protocol'}, {problem: 'redirect'});
    }
    if (!response.ok) throw parseFailure(response.status, bodyText, response.headers.get('Retry-After'));
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      throw new EndpointError({code: 'protocol', status: response.status}, {problem: 'not-json'});
    }
    return parseResult(request.action, body, options.expectInvitation, options.handoffHosts);
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', onAbort);
  }
}

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

/**
 * A host's `requestInit` the browser would refuse (a header name or value it
 * cannot send, credentials that do not exist): a `config` error, said on the
 * console by the header's name (never its value), and nothing is sent.
 */
function checkExtras(extras: RequestExtras = {}): void {
  const refuse = (what: string) => {
    console.warn(`ab-registration: requestInit.${what}`);
    throw new EndpointError({code: 'config'});
  };
  const {headers, credentials = 'same-origin'} = extras;
  if (!['omit', 'same-origin', 'include'].includes(credentials)) {
    refuse(`credentials: ${JSON.stringify(credentials)} is not omit, same-origin or include`);
  }
  // A Headers object is valid by construction; a record or a list of pairs is checked a header at a time.
  for (const pair of headers instanceof Headers ? [] : Array.isArray(headers) ? headers : Object.entries(headers ?? {})) {
    try {
      new Headers([pair as [string, string]]);
    } catch {
      refuse(`headers: the browser refuses the header ${JSON.stringify(pair[0])}`);
    }
  }
}

/** The most of an answer the widget reads: the protocol's answers are a few hundred bytes. */
export const MAX_ANSWER = 64 * 1024;

/** The body as text, at most MAX_ANSWER bytes: past that, reading stops and the answer is a `protocol` error. */
async function readCapped(response: Response): Promise<string> {
  const tooLarge = () => new EndpointError({code: 'protocol', status: response.status}, {problem: 'too-large'});
  if (Number(response.headers.get('Content-Length')) > MAX_ANSWER) {
    void response.body?.cancel();
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return text + decoder.decode();
    size += chunk.value.length;
    if (size > MAX_ANSWER) {
      void reader!.cancel();
      throw tooLarge();
    }
    text += decoder.decode(chunk.value, {stream: true});
  }
}

export async function callEndpoint(request: ActionRequest, options: CallOptions): Promise<ActionResult> {
  const {signal, early} = options;
  checkExtras(options.extras);
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
      bodyText = await readCapped(response);
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

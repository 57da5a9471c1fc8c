/**
 * One request of the protocol as `fetch` takes it, and the timeout every wait
 * uses. Small on purpose: the tile sends a click's \`lookup\` with it before the
 * endpoint client (client.ts) has arrived.
 */
import type {ActionRequest} from './protocol.js';
import {PROTOCOL_HEADER, PROTOCOL_VERSION} from './version.js';

/** What a host may add to every request (contract: `requestInit`). */
export interface RequestExtras {
  headers?: HeadersInit;
  credentials?: RequestCredentials;
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

/** A call the tile made before the client came: the request, its answer to come, and how to abort it. */
export interface EarlyCall {
  request: ActionRequest;
  response: Promise<Response>;
  abort: AbortController;
  started: number;
}

/** Sends `request` now; the client takes the answer over once it is in (callEndpoint's `early`). */
export function sendEarly(endpoint: string, request: ActionRequest, extras?: RequestExtras): EarlyCall {
  const abort = new AbortController();
  // A host's requestInit the browser refuses rejects this promise, nothing sent: the click is never lost to a
  // throw, and the client (checkExtras) says it as a configuration error when it takes the answer over.
  const response = new Promise<Response>((resolve) => resolve(fetch(endpoint, buildInit(request, extras, abort.signal))));
  // Handled by the client when it takes the answer; never an unhandled rejection meanwhile.
  response.catch(() => undefined);
  return {request, response, abort, started: Date.now()};
}

/** Codes the endpoint may send in `{"error": {"code": ...}}` (contract: "Errors"). */
export const SERVER_ERROR_CODES = [
  'invalid-email',
  'invalid-credentials',
  'email-taken',
  'session-expired',
  'rate-limited',
  'unavailable',
] as const;

/** Codes the widget itself raises; `unknown` stands for any code or body it does not know. */
export const CLIENT_ERROR_CODES = ['network', 'timeout', 'protocol', 'config', 'unknown'] as const;

export type ErrorCode = (typeof SERVER_ERROR_CODES)[number] | (typeof CLIENT_ERROR_CODES)[number];

/** Fields an error can be attached to. `identifier` is the sign-in field (email or phone). */
export const ERROR_FIELDS = ['identifier', 'password', 'personalEmail'] as const;
export type ErrorField = (typeof ERROR_FIELDS)[number];

const RETRYABLE: readonly ErrorCode[] = ['network', 'timeout', 'unavailable', 'rate-limited'];

/**
 * Why an answer was refused (code `protocol`): a word and the key it concerns,
 * for developers. The widget ships no sentences for them; `explain()`
 * (explain.ts, in `protocol.js` and the checker) says them in words.
 */
export type Refusal =
  | {problem: 'not-string' | 'too-long' | 'not-https' | 'missing' | 'not-handoff-host'; key: string}
  | {problem: 'not-object' | 'status' | 'not-json' | 'redirect' | 'too-large'};

export interface ErrorInfo {
  code: ErrorCode;
  /** The HTTP status, when the endpoint answered at all. */
  status?: number;
  /** Seconds to wait before retrying (from `Retry-After`). */
  retryAfter?: number;
}

export function isRetryable(code: ErrorCode): boolean {
  return RETRYABLE.includes(code);
}

/**
 * The one error the endpoint client throws. An aborted request is not an error:
 * the client resolves nothing and the controller drops it.
 */
export class EndpointError extends Error implements ErrorInfo {
  readonly code: ErrorCode;
  readonly status?: number;
  readonly retryAfter?: number;
  /** Why a `protocol` answer was refused. */
  readonly refusal?: Refusal;

  constructor(info: ErrorInfo, refusal?: Refusal) {
    // The message is the code: the widget never prints it, and it never holds endpoint text.
    super(info.code);
    this.name = 'EndpointError';
    this.refusal = refusal;
    this.code = info.code;
    this.status = info.status;
    this.retryAfter = info.retryAfter;
  }

  get retryable(): boolean {
    return isRetryable(this.code);
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = {code: this.code};
    if (this.status !== undefined) info.status = this.status;
    if (this.retryAfter !== undefined) info.retryAfter = this.retryAfter;
    return info;
  }
}

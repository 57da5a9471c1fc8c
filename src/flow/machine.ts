/**
 * The registration flow as a pure function: (state, event) -> {state, effects}.
 * It decides which screen comes next, which endpoint call to make and which DOM
 * event to emit, so all of that is tested without a browser. It imports
 * nothing from lit and touches no DOM.
 */
import {isRetryable, type ErrorCode, type ErrorField, type ErrorInfo} from '../endpoint/errors.js';
import type {ActionRequest, ActionResult, Invitation, LookupResult, LookupStatus, Scenario} from '../endpoint/protocol.js';
import type {EventDetails} from '../events.js';
import {assertNever, type Outcome, type Step} from './steps.js';

/** An error shown to the buyer: on its field, on the current step, or as the error step. */
export interface FlowError extends ErrorInfo {
  field?: ErrorField;
}

export interface Pending {
  id: number;
  action: ActionRequest['action'];
}

export interface FlowState {
  step: Step;
  /** What `lookup` (or `choose`) answered; decides the sign-in variant and what sign-in returns. */
  status?: LookupStatus;
  token?: string;
  accountName: string;
  shopUrl?: string;
  outcome?: Outcome;
  reason?: string;
  invitation?: Invitation;
  businessEmail?: string;
  /** The call in flight; answers carrying another id are stale and ignored. */
  pending?: Pending;
  error?: FlowError;
  /** The last lookup/choose request, replayed by "Try again" on the error step (never holds a password). */
  retryRequest?: ActionRequest;
  /** Monotonic request counter. */
  seq: number;
  /** After a 429, no new call until the endpoint's Retry-After has passed. */
  coolingDown?: boolean;
  /**
   * After a 429: the seconds still to wait (the answer's Retry-After, counted
   * down; undefined when it gave none), 0 once the buyer may try again. What
   * the rate-limited message says; cleared with the error by the next call.
   */
  retryIn?: number;
}

export type FlowEvent =
  | {type: 'start'; email: string}
  | {type: 'choose'; scenario: Scenario}
  | {type: 'sign-in'; identifier: string; password: string}
  | {type: 'link'; choice: 'convert' | 'separate'}
  | {type: 'separate'; personalEmail: string}
  | {type: 'back'}
  | {type: 'join'}
  | {type: 'decline'}
  /** "Continue to Amazon Business" on the hand-off screen. */
  | {type: 'handoff'}
  | {type: 'shop'}
  | {type: 'retry'}
  | {type: 'restart'}
  | {type: 'config-error'}
  /** The Retry-After wait is over. */
  | {type: 'cooled'}
  /** A second of the Retry-After wait has passed: `seconds` are left. */
  | {type: 'tick'; seconds: number}
  | {type: 'resolved'; id: number; result: ActionResult}
  | {type: 'failed'; id: number; error: ErrorInfo};

export type Emit = {
  [K in keyof EventDetails]: {type: 'emit'; name: K; detail: EventDetails[K]; cancelable?: boolean; then?: Effect};
}[keyof EventDetails];

export type Effect =
  | {type: 'request'; id: number; request: ActionRequest; expectInvitation: boolean}
  /** Abort whatever call is in flight (the buyer moved on). */
  | {type: 'cancel'}
  /** Send `cooled` after this many seconds. */
  | {type: 'wait'; seconds: number}
  | {type: 'navigate'; url: string}
  /** The buyer put the flow away on `step` ("Not now"): the dialog closes. */
  | {type: 'dismiss'; step: Step}
  | Emit;

export interface Transition {
  state: FlowState;
  effects: Effect[];
}

export const initialState: FlowState = {step: 'start', accountName: '', seq: 0};

function emit<K extends keyof EventDetails>(
  name: K,
  detail: EventDetails[K],
  extra: {cancelable?: boolean; then?: Effect} = {}
): Effect {
  return {type: 'emit', name, detail, ...extra} as Effect;
}

function errorEvent(error: FlowError): Effect {
  return emit('ab-registration-error', {
    code: error.code,
    ...(error.status !== undefined ? {status: error.status} : {}),
    retryable: isRetryable(error.code),
  });
}

/** Starts a call: the new state remembers it as pending; any earlier call is stale from now on. */
function request(state: FlowState, req: ActionRequest, patch: Partial<FlowState> = {}): Transition {
  const id = state.seq + 1;
  // After lookup, every request repeats the token lookup returned (if any).
  const withToken = req.action !== 'lookup' && state.token !== undefined ? {...req, token: state.token} : req;
  return {
    state: {...state, ...patch, seq: id, pending: {id, action: req.action}, error: undefined, retryIn: undefined},
    effects: [{type: 'request', id, request: withToken, expectInvitation: state.status === 'business-account'}],
  };
}

function welcome(state: FlowState, outcome: Outcome, shopUrl: string, extra: Partial<FlowState> = {}): Transition {
  const next: FlowState = {...state, ...extra, step: 'welcome', outcome, shopUrl, pending: undefined, error: undefined};
  return {
    state: next,
    effects: [emit('ab-registration-complete', {outcome, accountName: next.accountName, shopUrl})],
  };
}

/** The screen a lookup (or choose) answer leads to. */
function afterLookup(state: FlowState, result: LookupResult): Transition {
  const base: FlowState = {
    ...state,
    status: result.status,
    accountName: result.accountName,
    token: result.token ?? state.token,
    reason: result.reason,
    pending: undefined,
    error: undefined,
    retryRequest: undefined,
  };
  switch (result.status) {
    case 'new':
      return welcome(base, 'created', result.shopUrl!);
    case 'member':
      return welcome(base, 'member', result.shopUrl!);
    case 'amazon-account':
    case 'business-account':
      return {state: {...base, step: result.mode === 'handoff' ? 'handoff' : 'sign-in'}, effects: []};
    case 'unknown':
      return {state: {...base, step: 'choose-scenario'}, effects: []};
    case 'blocked':
      return {state: {...base, step: 'blocked'}, effects: []};
    default:
      return assertNever(result.status);
  }
}

function resolved(state: FlowState, result: ActionResult): Transition {
  switch (result.action) {
    case 'lookup':
    case 'choose':
      return afterLookup(state, result.value);
    case 'sign-in': {
      const done = {...state, pending: undefined, error: undefined};
      return state.status === 'business-account'
        ? {state: {...done, step: 'join-official', invitation: result.value.invitation}, effects: []}
        : {state: {...done, step: 'link-choice'}, effects: []};
    }
    case 'convert':
      return welcome(state, 'converted', result.value.shopUrl);
    case 'separate':
      return welcome(state, 'separated', result.value.shopUrl, {businessEmail: result.value.businessEmail});
    case 'join':
      return welcome(state, 'joined', result.value.shopUrl);
    case 'decline':
      return {
        state: {...initialState, seq: state.seq},
        effects: [emit('ab-registration-cancel', {step: 'join-official'}), {type: 'dismiss', step: 'join-official'}],
      };
    case 'handoff': {
      // The page leaves for Amazon's start page: the screen stays as it is meanwhile.
      const {url} = result.value;
      const scenario = state.status === 'business-account' ? 'business-account' : 'amazon-account';
      return {
        state: {...state, pending: undefined, error: undefined},
        effects: [emit('ab-registration-handoff', {scenario, url}, {cancelable: true, then: {type: 'navigate', url}})],
      };
    }
    default:
      return assertNever(result);
  }
}

/** Which field an endpoint error belongs to, given the call that failed. */
function fieldFor(action: Pending['action'], code: ErrorCode): ErrorField | undefined {
  if (action === 'sign-in') {
    if (code === 'invalid-credentials') return 'password';
    if (code === 'invalid-email') return 'identifier';
  }
  if (action === 'separate' && (code === 'invalid-email' || code === 'email-taken')) return 'personalEmail';
  return undefined;
}

/** Seconds to hold back after a 429 that did not say how long. */
export const DEFAULT_RATE_LIMIT_WAIT = 5;

function failed(state: FlowState, pending: Pending, info: ErrorInfo): Transition {
  const field = fieldFor(pending.action, info.code);
  const error: FlowError = {...info, ...(field ? {field} : {})};
  const effects = [errorEvent(error)];
  if (info.code === 'rate-limited') {
    // Do not hammer a server that asked us to slow down: no call until it said we may.
    state = {...state, coolingDown: true, retryIn: info.retryAfter};
    effects.push({type: 'wait', seconds: info.retryAfter ?? DEFAULT_RATE_LIMIT_WAIT});
  }
  if (info.code === 'session-expired') {
    // The endpoint forgot the buyer: only a fresh lookup can help. The notice stays on the tile.
    return {state: {...initialState, seq: state.seq, error}, effects};
  }
  if (pending.action === 'lookup' || pending.action === 'choose') {
    return {state: {...state, step: 'error', pending: undefined, error}, effects};
  }
  // Form steps keep their screen and everything typed; the error shows in place.
  return {state: {...state, pending: undefined, error}, effects};
}

function transitionInner(state: FlowState, event: FlowEvent): Transition {
  const stay: Transition = {state, effects: []};
  // One call at a time: a second submit while one is in flight is ignored,
  // and so is any new call while a 429's Retry-After runs.
  const inFlight = state.pending !== undefined;
  const idle = !inFlight && !state.coolingDown;
  switch (event.type) {
    case 'config-error': {
      const error: FlowError = {code: 'config'};
      return {state: {...initialState, seq: state.seq, step: 'error', error}, effects: [errorEvent(error)]};
    }
    case 'start':
      if (!idle || state.step !== 'start') return stay;
      {
        const req: ActionRequest = {action: 'lookup', email: event.email};
        return request({...initialState, seq: state.seq}, req, {retryRequest: req});
      }
    case 'choose':
      if (!idle || state.step !== 'choose-scenario') return stay;
      {
        const req: ActionRequest = {action: 'choose', scenario: event.scenario};
        return request(state, req, {retryRequest: req});
      }
    case 'sign-in':
      if (!idle || state.step !== 'sign-in') return stay;
      return request(state, {action: 'sign-in', email: event.identifier, password: event.password});
    case 'link':
      if (!idle || state.step !== 'link-choice') return stay;
      if (event.choice === 'separate') return {state: {...state, step: 'separate-email', error: undefined}, effects: []};
      return request(state, {action: 'convert'});
    case 'separate':
      if (!idle || state.step !== 'separate-email') return stay;
      return request(state, {action: 'separate', personalEmail: event.personalEmail});
    case 'back':
      if (state.step !== 'separate-email') return stay;
      return {
        state: {...state, step: 'link-choice', pending: undefined, error: undefined},
        effects: inFlight ? [{type: 'cancel'}] : [],
      };
    case 'join':
      if (!idle || state.step !== 'join-official') return stay;
      return request(state, {action: 'join'});
    case 'decline':
      if (!idle || state.step !== 'join-official') return stay;
      return request(state, {action: 'decline'});
    case 'handoff':
      // The start page is single-use and short-lived: asked for at the click, never before.
      if (!idle || state.step !== 'handoff') return stay;
      return request(state, {action: 'handoff'});
    case 'shop':
      if (state.step !== 'welcome' || !state.shopUrl) return stay;
      return {
        state,
        effects: [
          emit(
            'ab-registration-shop',
            {shopUrl: state.shopUrl},
            {cancelable: true, then: {type: 'navigate', url: state.shopUrl}}
          ),
        ],
      };
    case 'retry':
      if (!idle || state.step !== 'error' || !state.retryRequest) return stay;
      return request(state, state.retryRequest);
    case 'restart':
      return {
        state: {...initialState, seq: state.seq, coolingDown: state.coolingDown},
        effects: inFlight ? [{type: 'cancel'}] : [],
      };
    case 'cooled':
      return {
        state: {...state, coolingDown: undefined, retryIn: state.error?.code === 'rate-limited' ? 0 : undefined},
        effects: [],
      };
    case 'tick':
      if (!state.coolingDown || state.retryIn === undefined) return stay;
      return {state: {...state, retryIn: Math.max(1, event.seconds)}, effects: []};
    case 'resolved':
      if (state.pending?.id !== event.id) return stay;
      return resolved(state, event.result);
    case 'failed':
      if (state.pending?.id !== event.id) return stay;
      return failed(state, state.pending, event.error);
    default:
      return assertNever(event);
  }
}

/**
 * The flow's one entry point. Every change of screen also emits
 * `ab-registration-step`, first, so analytics see the screen before its outcome.
 */
export function transition(state: FlowState, event: FlowEvent): Transition {
  const next = transitionInner(state, event);
  if (next.state.step === state.step) return next;
  return {
    state: next.state,
    effects: [emit('ab-registration-step', {step: next.state.step, previousStep: state.step}), ...next.effects],
  };
}

/** True when no screen can be rendered yet: the contract's config error. */
export function needsConfig(endpoint: string | undefined): boolean {
  return !endpoint || !endpoint.trim();
}

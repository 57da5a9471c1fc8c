/**
 * The endpoint protocol, version 1 (contract: "The endpoint protocol"): the
 * requests the widget sends and the validated results it accepts. Pure: no DOM,
 * no fetch, no lit.
 */

export {PROTOCOL_VERSION, PROTOCOL_HEADER} from './version.js';

export const LOOKUP_STATUSES = ['new', 'member', 'amazon-account', 'business-account', 'unknown', 'blocked'] as const;
export type LookupStatus = (typeof LOOKUP_STATUSES)[number];

/** What `choose` accepts: the three situations a buyer can pick on choose-scenario. */
export const SCENARIOS = ['new', 'amazon-account', 'business-account'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Reasons a `blocked` answer may carry; anything else is shown generically. */
export const BLOCKED_REASONS = ['multi-user-admin', 'other-business-account'] as const;
export type BlockedReason = (typeof BLOCKED_REASONS)[number];

export const ACTIONS = ['lookup', 'choose', 'sign-in', 'convert', 'separate', 'join', 'decline', 'handoff'] as const;
export type Action = (typeof ACTIONS)[number];

export type ActionRequest =
  | {action: 'lookup'; email: string}
  | {action: 'choose'; token?: string; scenario: Scenario}
  | {action: 'sign-in'; token?: string; email: string; password: string}
  | {action: 'convert'; token?: string}
  | {action: 'separate'; token?: string; personalEmail: string}
  | {action: 'join'; token?: string}
  | {action: 'decline'; token?: string}
  | {action: 'handoff'; token?: string};

export interface LookupResult {
  status: LookupStatus;
  accountName: string;
  token?: string;
  shopUrl?: string;
  reason?: string;
  /**
   * `handoff` (after `amazon-account` or `business-account` only): the
   * endpoint has only the vendor's punch-out, and Amazon's own pages run
   * sign-in, convert/separate and join. Absent: the full mode.
   */
  mode?: 'handoff';
}

export interface Invitation {
  inviterEmail: string;
  organizationName: string;
}

export interface SignInResult {
  invitation?: Invitation;
}

export interface ShopResult {
  shopUrl: string;
}

/** The punch-out start page: single-use, fetched at the buyer's click. */
export interface HandoffResult {
  url: string;
}

export interface SeparateResult extends ShopResult {
  businessEmail: string;
}

/** The validated 200 answer of each action. */
export interface ResultOf {
  lookup: LookupResult;
  choose: LookupResult;
  'sign-in': SignInResult;
  convert: ShopResult;
  separate: SeparateResult;
  join: ShopResult;
  decline: Record<string, never>;
  handoff: HandoffResult;
}

export type ActionResult = {[A in Action]: {action: A; value: ResultOf[A]}}[Action];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

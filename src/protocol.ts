/**
 * The endpoint protocol's validation, without the element: what the widget
 * accepts from an endpoint, for the conformance checker (`ab-registration-check`)
 * and for vendors' own backend tests. Pure: no DOM, no lit.
 */
export {parseResult, parseFailure, isSafeUrl, safeUrl, onHosts, HANDOFF_HOSTS} from './endpoint/parse.js';
export {EndpointError, SERVER_ERROR_CODES, isRetryable, type ErrorCode, type Refusal} from './endpoint/errors.js';
export {explain} from './endpoint/explain.js';
export {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  LOOKUP_STATUSES,
  SCENARIOS,
  BLOCKED_REASONS,
  ACTIONS,
  type Action,
  type ActionRequest,
  type ActionResult,
  type LookupResult,
  type LookupStatus,
} from './endpoint/protocol.js';

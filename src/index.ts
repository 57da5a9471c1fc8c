/** Side-effect-free exports: the class, the event types and the protocol types. */
export {AbRegistration} from './AbRegistration.js';
export type * from './events.js';
export type {ErrorCode} from './endpoint/errors.js';
export type {ActionRequest, LookupStatus, Scenario, Invitation} from './endpoint/protocol.js';
export type {Step, Outcome} from './flow/steps.js';
export type {RequestExtras} from './endpoint/client.js';
// setLocale: the widget's own (every <ab-registration> on the page), never the page's @lit/localize.
export {getLocale, setLocale, type StringOverrides} from './localization.js';

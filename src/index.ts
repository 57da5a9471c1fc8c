/** Side-effect-free exports: the class, the event types and the protocol types. */
export {AbRegistration} from './AbRegistration.js';
export type * from './events.js';
export type {ErrorCode} from './endpoint/errors.js';
export type {ActionRequest, LookupStatus, Scenario, Invitation} from './endpoint/protocol.js';
export type {Step, Outcome} from './flow/steps.js';
export type {RequestExtras} from './endpoint/client.js';
export {getLocale, setLocale, type StringOverrides} from './localization.js';

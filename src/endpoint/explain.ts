/**
 * Why the widget refused an answer, in words, for developers: what the
 * conformance checker prints and vendors' backend tests may show. Not in the
 * widget's bundle, which carries only the refusal's word and key.
 */
import type {EndpointError} from './errors.js';

export function explain(error: EndpointError): string {
  const refusal = error.refusal;
  if (!refusal) return error.message;
  switch (refusal.problem) {
    case 'not-string':
      return `"${refusal.key}" is not a string`;
    case 'too-long':
      return `"${refusal.key}" is too long`;
    case 'not-https':
      return `"${refusal.key}" is not an https URL`;
    case 'not-handoff-host':
      return `"${refusal.key}" is not on one of the element's handoffHosts`;
    case 'missing':
      return `"${refusal.key}" is missing`;
    case 'not-object':
      return 'the body is not a JSON object';
    case 'status':
      return 'unknown "status"';
    case 'not-json':
      return 'the answer is not JSON';
    case 'redirect':
      return 'redirects are not followed';
    case 'too-large':
      return 'the answer is larger than the widget reads (64 KiB)';
  }
}

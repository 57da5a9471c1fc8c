/** Defines `<ab-registration>`. Loading it twice warns instead of throwing. */
import {AbRegistration} from './AbRegistration.js';

export * from './index.js';

if (!customElements.get('ab-registration')) {
  customElements.define('ab-registration', AbRegistration);
} else if (customElements.get('ab-registration') !== AbRegistration) {
  console.warn('ab-registration: the tag is already defined by another copy of the widget; this one is not used.');
}

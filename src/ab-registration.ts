/**
 * Defines `<ab-registration>`. A second copy of the widget on the page leaves
 * the first one's definition in place, silently: no English-only developer
 * text rides on a French page for a case that breaks nothing.
 */
import {AbRegistration} from './AbRegistration.js';

export * from './index.js';

if (!customElements.get('ab-registration')) customElements.define('ab-registration', AbRegistration);

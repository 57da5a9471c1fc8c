/**
 * The rest of the widget past the tile, as one chunk: the view (screens,
 * forms, announcements, focus, the dialog), the flow and its effects, the
 * endpoint client. Loaded by core-loader.ts; nothing in the first file imports
 * it statically.
 */
export {RegistrationView} from '../controllers/registration-view.js';

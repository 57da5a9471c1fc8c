/**
 * The later steps' chunk (see `LATER_STEPS` in later-loader.ts): their
 * screens, styles and messages, loaded by later-loader.ts. Nothing else may
 * import this module statically (scripts/split-locale.mjs puts the strings of
 * every module it names in the chunk's own fr-CA file).
 */
import type {TemplateResult} from 'lit';
import type {ScreenContext} from '../screens/context.js';
import {blockedScreen} from '../screens/blocked.js';
import {chooseScenarioScreen} from '../screens/choose-scenario.js';
import {handoffScreen} from '../screens/handoff.js';
import {joinOfficialScreen} from '../screens/join-official.js';
import {linkChoiceScreen} from '../screens/link-choice.js';
import {separateEmailScreen} from '../screens/separate-email.js';
import {welcomeScreen} from '../screens/welcome.js';
import type {LaterStep} from './later-loader.js';

export {laterStyles} from '../styles/later.styles.js';
export {laterErrorMessage, laterProblemMessage} from '../screens/error-messages.js';
export {openHandoffWindow} from '../screens/handoff-window.js';

export const laterScreens: Record<LaterStep, (ctx: ScreenContext) => TemplateResult> = {
  'choose-scenario': chooseScenarioScreen,
  'link-choice': linkChoiceScreen,
  'separate-email': separateEmailScreen,
  'join-official': joinOfficialScreen,
  handoff: handoffScreen,
  welcome: welcomeScreen,
  blocked: blockedScreen,
};

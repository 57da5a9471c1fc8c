/**
 * The screens of the later steps (see `LATER_STEPS`), loaded as one chunk by
 * `later-loader.ts`. Nothing else may import this module statically.
 */
import type {TemplateResult} from 'lit';
import type {LaterStep} from '../flow/steps.js';
import {blockedScreen} from './blocked.js';
import {chooseScenarioScreen} from './choose-scenario.js';
import type {ScreenContext} from './context.js';
import {handoffScreen} from './handoff.js';
import {joinOfficialScreen} from './join-official.js';
import {linkChoiceScreen} from './link-choice.js';
import {separateEmailScreen} from './separate-email.js';
import {welcomeScreen} from './welcome.js';

export {laterStyles} from '../styles/later.styles.js';
export {laterErrorMessage, laterProblemMessage} from './error-messages.js';

export const laterScreens: Record<LaterStep, (ctx: ScreenContext) => TemplateResult> = {
  'choose-scenario': chooseScenarioScreen,
  'link-choice': linkChoiceScreen,
  'separate-email': separateEmailScreen,
  'join-official': joinOfficialScreen,
  handoff: handoffScreen,
  welcome: welcomeScreen,
  blocked: blockedScreen,
};

/**
 * Where the buyer is on their own way through the widget: the step indicator
 * ("Step 2 of 3") counts the screens of this buyer's path, not a fixed three.
 * Pure: a function of the flow's state and the choice on screen.
 */
import type {FlowState} from './machine.js';
import type {Step} from './steps.js';

/** The screens with a place on a path; the tile, the triage question and the dead ends have none. */
type PathStep = Extract<Step, 'sign-in' | 'link-choice' | 'separate-email' | 'join-official' | 'handoff' | 'welcome'>;

/**
 * The screens this buyer goes through after the tile (and after choose-scenario,
 * the guide's triage question, when the endpoint could not tell): known from
 * what `lookup`/`choose` answered and, on link-choice, from the option picked
 * so far (`linkChoice`), so "No" makes the path one screen longer at once.
 */
export function pathOf(state: FlowState, linkChoice?: 'convert' | 'separate'): PathStep[] {
  const {status, outcome, step} = state;
  if (outcome === 'created' || outcome === 'member') return ['welcome'];
  if (step === 'handoff') return ['handoff'];
  if (status === 'business-account') return ['sign-in', 'join-official', 'welcome'];
  if (status === 'amazon-account') {
    const separate =
      step === 'separate-email' || outcome === 'separated' || (step === 'link-choice' && linkChoice === 'separate');
    return separate ? ['sign-in', 'link-choice', 'separate-email', 'welcome'] : ['sign-in', 'link-choice', 'welcome'];
  }
  return [];
}

/**
 * The step indicator for the screen on show: its place on the path and the
 * path's length, or nothing when the screen is not on a path or the path has
 * one screen (nothing to count).
 */
export function placeOnPath(state: FlowState, linkChoice?: 'convert' | 'separate'): {n: number; of: number} | undefined {
  const path: Step[] = pathOf(state, linkChoice);
  const n = path.indexOf(state.step) + 1;
  return n > 0 && path.length > 1 ? {n, of: path.length} : undefined;
}

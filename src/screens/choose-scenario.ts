import {msg} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import {SCENARIOS} from '../endpoint/protocol.js';
import {errorSummary, formAlert, heading, nextLabel, problemLine, submitButton} from './common.js';
import type {ScreenContext} from './context.js';
import {radioOption} from './radio-option.js';
import {problemMessage} from './messages.js';
import {scenarioLabel} from './sign-in.js';

/** The guide's own question when the endpoint cannot tell: which situation is yours? */
export function chooseScenarioScreen(ctx: ScreenContext): TemplateResult {
  const problem = ctx.problems.scenario ? problemMessage(ctx.problems.scenario) : undefined;
  const problemId = ctx.id('scenario-problem');
  return html`
    ${heading(msg('User registration guide', {id: 'guide-title'}))}
    <form novalidate @submit=${ctx.actions.submitChoose}>
      ${errorSummary(ctx, [['scenario-new', problem]])}
      <fieldset aria-describedby=${problem ? problemId : nothing} aria-invalid=${problem ? 'true' : 'false'}>
        <legend>
          ${msg(
            'Find the scenario below that matches your situation and follow the steps provided to complete your registration.',
            {id: 'guide-intro'}
          )}
        </legend>
        ${problem ? problemLine(problemId, problem) : nothing}
        ${SCENARIOS.map((scenario) =>
          radioOption(ctx, 'scenario', scenario, ctx.values.scenario === scenario, scenarioLabel(scenario))
        )}
      </fieldset>
      ${formAlert(ctx.state)}
      <div class="actions">${submitButton(ctx, nextLabel(), 'choose')}</div>
    </form>
  `;
}

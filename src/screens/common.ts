import {msg, str} from '@lit/localize';
import {html, noChange, nothing, type TemplateResult} from 'lit';
import type {FlowState} from '../flow/machine.js';
import type {Step} from '../flow/steps.js';
import type {FormField} from '../flow/validate.js';
import type {ScreenContext} from './context.js';
import {errorMessage} from './messages.js';

/**
 * A value from the endpoint inside one of the widget's sentences, between
 * first-strong isolate marks: a right-to-left name cannot reorder the words
 * around it (the parser has already removed any marks of its own). Plain text,
 * so it holds in headings, live regions and host overrides alike.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

/**
 * Where the buyer is, in three stages every scenario shares: signing in, their
 * account, done. The screens before sign-in and the dead ends have none.
 */
const STAGES: Partial<Record<Step, number>> = {
  'sign-in': 1,
  'link-choice': 2,
  'separate-email': 2,
  'join-official': 2,
  handoff: 2,
  welcome: 3,
};

/** A quiet step indicator above the heading: the words are read, the bar is drawn. */
export function progress(step: Step): TemplateResult | typeof nothing {
  const stage = STAGES[step];
  if (!stage) return nothing;
  return html`<p class="progress" part="progress">
    <span>${msg(str`Step ${stage} of 3`, {id: 'progress'})}</span>
    <span class="bar" aria-hidden="true">${[1, 2, 3].map((n) => html`<i class=${n <= stage ? 'on' : ''}></i>`)}</span>
  </p>`;
}

/** The step's heading; focus moves here after every screen change. */
export function heading(text: string): TemplateResult {
  return html`<h2 tabindex="-1" data-step-heading>${text}</h2>`;
}

/**
 * A form-level error the field errors do not cover (network, timeout, ...).
 * Seen here; heard through the element's light-DOM announcer.
 */
export function formAlert({error, retryIn}: FlowState): TemplateResult | typeof nothing {
  if (!error || error.field) return nothing;
  return html`<p class="alert">${errorMessage(error.code, retryIn)}</p>`;
}

/**
 * With two problems or more, a summary above the form: each message links to
 * its field. (One problem is plain enough on its field.)
 */
export function errorSummary(
  ctx: ScreenContext,
  messages: Array<[FormField, string | undefined]>
): TemplateResult | typeof nothing {
  const shown = messages.filter((entry): entry is [FormField, string] => Boolean(entry[1]));
  if (shown.length < 2) return nothing;
  return html`<div class="alert summary">
    <p>${summaryHeading(shown.length)}</p>
    <ul>
      ${shown.map(([name, text]) => html`<li><a href=${`#${ctx.id(name)}`} @click=${focusTarget}>${text}</a></li>`)}
    </ul>
  </div>`;
}

export function summaryHeading(count: number): string {
  return msg(str`There are ${count} problems:`, {id: 'summary-heading'});
}

/** In-page links across the element's two roots: focus the field instead of navigating. */
function focusTarget(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(link.hash.slice(1));
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

export interface FieldOptions {
  name: FormField;
  label: string | TemplateResult;
  type?: 'text' | 'email' | 'password';
  autocomplete: 'username' | 'current-password' | 'email';
  /** Omitted for the password: the input alone holds it. */
  value?: string;
  /** The message to show under the field, when it is invalid. */
  problem?: string;
  hint?: string;
  inputmode?: 'email' | 'text';
  labelExtra?: TemplateResult;
}

/**
 * The value binding: the value the element keeps (it follows every input event,
 * so Lit only ever writes what the input already shows, or a new screen's
 * value); nothing at all for the password, which only its input holds, so a
 * re-render never clears it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lit-analyzer cannot type a value-or-noChange binding
const valueBinding = (value: string | undefined): any => (value === undefined ? noChange : value);

/** A labelled input with its hint and error tied by aria-describedby. */
export function field(ctx: ScreenContext, options: FieldOptions): TemplateResult {
  const id = ctx.id(options.name);
  const hintId = options.hint ? ctx.id(`${options.name}-hint`) : '';
  const problemId = options.problem ? ctx.id(`${options.name}-problem`) : '';
  const describedBy = [problemId, hintId].filter(Boolean).join(' ');
  const label = html`<label for=${id}>${options.label}</label>`;
  return html`<div class="field">
    ${options.labelExtra ? html`<div class="label-row">${label}${options.labelExtra}</div>` : label}
    <input
      id=${id}
      name=${options.type === 'password' ? '' : options.name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      inputmode=${options.inputmode ?? nothing}
      autocapitalize="off"
      spellcheck="false"
      maxlength="1024"
      aria-invalid=${options.problem ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${valueBinding(options.value)}
      @input=${ctx.actions.input}
    />
    ${options.problem ? html`<p class="problem" id=${problemId}>${options.problem}</p>` : nothing}
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
  </div>`;
}

/** The message for a field: a client-side problem first, else the endpoint's error for it. */
export function serverProblem(ctx: ScreenContext, name: FormField): string | undefined {
  const error = ctx.state.error;
  return error?.field === name ? errorMessage(error.code, ctx.state.retryIn) : undefined;
}

/** A submit button that stays focusable while busy (a disabled button would drop focus). */
export function submitButton(ctx: ScreenContext, label: string, onClick?: (event: Event) => void): TemplateResult {
  return html`<button class="button primary" type="submit" aria-disabled=${ctx.locked ? 'true' : 'false'} @click=${onClick}>
    ${label}
  </button>`;
}

export function nextLabel(): string {
  return msg('Next', {id: 'next'});
}

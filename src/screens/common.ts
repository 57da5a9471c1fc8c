import {msg, str} from '../localization.js';
import {html, noChange, nothing, type TemplateResult} from 'lit';
import type {ActionRequest} from '../endpoint/protocol.js';
import type {FlowState} from '../flow/machine.js';
import type {FormField} from '../flow/validate.js';
import type {ScreenContext} from './context.js';
import {busyMessage, errorMessage} from './messages.js';

/**
 * A value from the endpoint inside one of the widget's sentences, between
 * first-strong isolate marks: a right-to-left name cannot reorder the words
 * around it (the parser has already removed any marks of its own). Plain text,
 * so it holds in headings, live regions and host overrides alike.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

/** The step's heading: the dialog is labelled by it (ids are the shadow root's own). */
export const HEADING_ID = 'step-heading';

/**
 * A quiet step indicator above the heading: where the buyer is on their own
 * path (flow/path.ts). The words are read, the bar is drawn.
 */
export function progress(place: {n: number; of: number} | undefined): TemplateResult | typeof nothing {
  if (!place) return nothing;
  const {n, of} = place;
  return html`<p class="progress" part="progress">
    <span>${msg(str`Step ${n} of ${of}`, {id: 'progress'})}</span>
    <span class="bar" aria-hidden="true">${Array.from({length: of}, (_, i) => html`<i class=${i < n ? 'on' : ''}></i>`)}</span>
  </p>`;
}

/** The step's heading; focus moves here after every screen change. */
export function heading(text: string): TemplateResult {
  return html`<h2 id=${HEADING_ID} tabindex="-1" data-step-heading>${text}</h2>`;
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
 * The problems a submit found (the buyer's, or the endpoint's verdict on a
 * field, such as a wrong password), above the form: a bold title in a thick
 * frame, each message a link to its field. Focus moves to it and it is heard.
 */
/** A field by its name, or a radio group by its first option (`linkChoice-convert`). */
type ProblemTarget = FormField | `${FormField}-${string}`;

export function errorSummary(
  ctx: ScreenContext,
  messages: Array<[ProblemTarget, string | undefined]>
): TemplateResult | typeof nothing {
  const shown = messages.filter((entry): entry is [ProblemTarget, string] => Boolean(entry[1]));
  if (!shown.length) return nothing;
  return html`<div class="alert summary" tabindex="-1" data-summary>
    <p class="summary-title">${summaryHeading(shown.length)}</p>
    <ul>
      ${shown.map(([name, text]) => html`<li><a href=${`#${ctx.id(name)}`} @click=${focusTarget}>${text}</a></li>`)}
    </ul>
  </div>`;
}

export function summaryHeading(count: number): string {
  return count === 1
    ? msg('There is a problem:', {id: 'summary-heading-one'})
    : msg(str`There are ${count} problems:`, {id: 'summary-heading'});
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
  /** After the field (and its problem and hint): where it comes in the tab order too. */
  after?: TemplateResult;
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
    ${label}
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
    ${options.problem ? problemLine(problemId, options.problem) : nothing}
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing} ${options.after ?? nothing}
  </div>`;
}

/** The message for a field: a client-side problem first, else the endpoint's error for it. */
export function serverProblem(ctx: ScreenContext, name: FormField): string | undefined {
  const error = ctx.state.error;
  return error?.field === name ? errorMessage(error.code, ctx.state.retryIn) : undefined;
}

export interface ButtonOptions {
  /** The call this button makes: while it is out, this button (and no other) shows it is busy. */
  calls?: ActionRequest['action'];
  /** What the busy button says (default: "Please wait…"). */
  busyLabel?: string;
  primary?: boolean;
  type?: 'submit' | 'button';
  onClick?: (event: Event) => void;
}

/**
 * A button that calls the endpoint. It stays focusable while busy (a disabled
 * button would drop focus). While its own call is out, a spinner and a busy
 * label take the place of its label, after 150 ms (a quick answer never
 * flickers); its accessible name stays its label.
 */
export function actionButton(ctx: ScreenContext, label: string, options: ButtonOptions = {}): TemplateResult {
  const {calls, busyLabel, primary = true, type = 'submit', onClick} = options;
  const busy = calls !== undefined && ctx.state.pending?.action === calls;
  return html`<button
    class="button ${primary ? 'primary' : ''} ${busy ? 'busy' : ''}"
    type=${type}
    aria-disabled=${ctx.locked ? 'true' : 'false'}
    @click=${onClick}
  >
    <span class="button-label">${label}</span>
    ${busy ? html`<span class="busy-label" aria-hidden="true"><span class="spinner"></span>${busyLabel ?? busyMessage()}</span>` : nothing}
  </button>`;
}

/** The form's submit button. */
export function submitButton(
  ctx: ScreenContext,
  label: string,
  calls?: ActionRequest['action'],
  onClick?: (event: Event) => void
): TemplateResult {
  return actionButton(ctx, label, {calls, onClick});
}

/** "Start over": on the error and blocked screens (back to the tile). */
export function restartLabel(): string {
  return msg('Start over', {id: 'restart'});
}

/** "Try again": the same call once more (the error screen; the dialog after an expired session). */
export function retryLabel(): string {
  return msg('Try again', {id: 'retry'});
}

/** Advice that would make a phone scroll, behind a native disclosure ("More details"). */
export function moreDetails(content: TemplateResult): TemplateResult {
  return html`<details class="more">
    <summary>${msg('More details', {id: 'more-details'})}</summary>
    ${content}
  </details>`;
}

export function nextLabel(): string {
  return msg('Next', {id: 'next'});
}

/**
 * A field's (or a group's) problem, its description: "Error:" first, heard
 * only, since screen readers do not say that a field is marked invalid.
 */
export function problemLine(id: string, text: string): TemplateResult {
  return html`<p class="problem" id=${id}><span class="error-label">${msg('Error:', {id: 'error-label'})} </span>${text}</p>`;
}

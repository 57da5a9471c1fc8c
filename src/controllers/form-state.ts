/**
 * What the buyer has typed or picked, and the problems the last submit found:
 * kept across screens and languages (never the password, which only its input
 * holds). The screens render from it; the input action writes to it.
 */
import type {ReactiveControllerHost} from 'lit';
import {isOneOf, SCENARIOS} from '../endpoint/protocol.js';
import {hasProblems, type FormField, type Problems} from '../flow/validate.js';
import type {FormValues} from '../screens/context.js';
import {dropSelectionWithin} from './focus.js';

const EMPTY_VALUES: FormValues = {personalEmail: '', confirmEmail: ''};

export class FormState {
  values: FormValues = EMPTY_VALUES;
  problems: Problems = {};
  /** A submit found problems since the last render: focus and the announcer see to them. */
  problemsFound = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  set(values: FormValues, problems = this.problems): void {
    this.values = values;
    this.problems = problems;
    this.host.requestUpdate();
  }

  /** Shows the problems a submit found; true if there are any (the submit stops there). */
  show(problems: Problems): boolean {
    this.problemsFound = hasProblems(problems);
    // Firefox sends a caret event for the text field that last had the caret
    // as the form changes; Orca then moved its own focus there and read that
    // field (focus itself stays where it was, on the button).
    if (this.problemsFound) dropSelectionWithin(this.host);
    this.set(this.values, problems);
    return this.problemsFound;
  }

  /** A new screen starts with no complaints. */
  clearProblems(): void {
    this.problems = {};
  }

  /** An input or change event from any field of any screen: its value is kept, its problem is fixed. */
  readonly input = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    // The password input alone has no name: no form submission or FormData can carry it.
    const name = (input.name || 'password') as FormField;
    let {values} = this;
    if (name === 'scenario') {
      if (isOneOf(SCENARIOS, input.value)) values = {...values, scenario: input.value};
    } else if (name === 'linkChoice') {
      values = {...values, linkChoice: input.value === 'separate' ? 'separate' : 'convert'};
    } else if (name === 'identifier' || name === 'personalEmail' || name === 'confirmEmail') {
      values = {...values, [name]: input.value};
    }
    // The password is never copied out of its input.
    const {[name]: _fixed, ...rest} = this.problems;
    this.set(values, this.problems[name] ? rest : this.problems);
  };
}

/**
 * Finding things the way a user does: by role and accessible name, by label.
 * The widget spans its shadow root and the light-DOM sign-in form, so both are searched.
 */
import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import type {AbRegistration} from '../../src/AbRegistration.js';
import {localeReady} from '../../src/localization.js';

const ROLE_SELECTORS = {
  button: 'button, [role="button"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  radio: 'input[type="radio"]',
  textbox: 'input[type="text"], input[type="email"], input:not([type])',
  password: 'input[type="password"]',
  link: 'a[href]',
  alert: '[role="alert"]',
  group: 'fieldset, [role="group"]',
} as const;
export type Role = keyof typeof ROLE_SELECTORS;

/** Text as read: white space folded, and the invisible isolate marks around endpoint values dropped. */
const squash = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Where the buyer reads and acts now: the step's card in the open dialog (the
 * page behind a modal dialog is inert; its header's close button is found with
 * closeButton()), else the whole shadow root (the tile, or the flow in place).
 */
export function screenRoot(el: AbRegistration): ParentNode {
  const dialog = el.shadowRoot!.querySelector('dialog');
  return dialog?.open ? dialog.querySelector('.card')! : el.shadowRoot!;
}

/** The open dialog, or null. */
export function openDialog(el: AbRegistration): HTMLDialogElement | null {
  const dialog = el.shadowRoot!.querySelector('dialog');
  return dialog?.open ? dialog : null;
}

/** The dialog's close button ("Close" / "Fermer"). */
export function closeButton(el: AbRegistration): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('dialog .close')!;
}

function roots(el: AbRegistration): ParentNode[] {
  return [screenRoot(el), el];
}

/** An element's text without what is hidden from assistive technology (aria-hidden: a busy button's spinner label). */
function shownText(node: Element): string {
  if (!node.querySelector('[aria-hidden="true"]')) return node.textContent ?? '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent ?? '';
}

/** The text of an element's accessible name, as far as this widget needs it. */
export function accessibleName(node: Element): string {
  const root = node.getRootNode() as Document | ShadowRoot;
  const labelledBy = node.getAttribute('aria-labelledby');
  if (labelledBy)
    return squash(
      labelledBy
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent)
        .join(' ')
    );
  // By tag name, not instanceof: the widget may live in another window (an iframe's page).
  if (node.localName === 'input') {
    const label = node.id ? root.querySelector(`label[for="${node.id}"]`) : node.closest('label');
    return squash(label?.textContent);
  }
  if (node.localName === 'fieldset') return squash(node.querySelector('legend')?.textContent);
  return squash(node.getAttribute('aria-label') ?? shownText(node));
}

export function queryAllByRole(el: AbRegistration, role: Role): HTMLElement[] {
  return roots(el).flatMap((root) => [...root.querySelectorAll<HTMLElement>(ROLE_SELECTORS[role])]);
}

export function getByRole<T extends HTMLElement = HTMLElement>(el: AbRegistration, role: Role, name: string | RegExp): T {
  const all = queryAllByRole(el, role);
  const found = all.filter((node) =>
    typeof name === 'string' ? accessibleName(node) === name : name.test(accessibleName(node))
  );
  if (found.length !== 1) {
    throw new Error(
      `Expected one ${role} named ${String(name)}, found ${found.length}. Present: ${all.map((n) => JSON.stringify(accessibleName(n))).join(', ')}`
    );
  }
  return found[0] as T;
}

export function getByLabel(el: AbRegistration, label: string): HTMLInputElement {
  const inputs = roots(el).flatMap((root) => [...root.querySelectorAll('input')]);
  const found = inputs.filter((input) => accessibleName(input) === label);
  if (found.length !== 1) {
    throw new Error(
      `Expected one input labelled ${JSON.stringify(label)}, found ${found.length}: ${inputs.map((i) => accessibleName(i)).join(', ')}`
    );
  }
  return found[0];
}

/** What is described for an input: the text of its aria-describedby targets. */
export function description(input: Element): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  return squash(
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent)
      .join(' ')
  );
}

/** All the text a sighted user sees in the widget, in document order of its two parts. */
export function visibleText(el: AbRegistration): string {
  const root = screenRoot(el);
  const cards = root instanceof ShadowRoot ? [...root.querySelectorAll('.card')] : [root as Element];
  const shadowText = cards.map((n) => n.textContent).join(' ');
  return squash(`${shadowText} ${el.textContent}`);
}

export function heading(el: AbRegistration): string {
  const h = el.shadowRoot!.querySelector('h2');
  return squash(h?.textContent);
}

/** The question a radio group asks (its legend's question; link-choice's is the guide's, its notice follows it). */
export function question(el: AbRegistration): string {
  const legend = el.shadowRoot!.querySelector('legend');
  return squash((legend?.querySelector('.question') ?? legend)?.textContent);
}

/** Waits for a language switch and the re-render it causes. */
export async function settled(el: AbRegistration): Promise<void> {
  await el.updateComplete;
  await localeReady();
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** Waits until the widget shows `step` (endpoint answers are async). */
export async function stepIs(el: AbRegistration, step: string): Promise<void> {
  await waitUntil(() => el.step === step, `step never became ${step} (stuck on ${el.step})`, {timeout: 3000});
  await settled(el);
}

/** The error summary on screen, as read: its title, then each problem (a link to its field). */
export function summary(el: AbRegistration): string[] {
  const node = el.querySelector('[data-summary]') ?? screenRoot(el).querySelector('[data-summary]');
  return [...(node?.querySelectorAll('p, li') ?? [])].map((item) => squash(item.textContent));
}

/** The accessible name of what has focus, through shadow roots. */
export function focusedName(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ? accessibleName(active) : '(nothing)';
}

/** What the widget's light-DOM live regions are saying now. */
export function announced(el: AbRegistration, region: 'status' | 'alert' = 'alert'): string {
  return squash(el.querySelector(`.ab-registration-announcer [role="${region}"]`)?.textContent);
}

/** A message the buyer both sees in the widget and hears through its live region. */
export async function shows(el: AbRegistration, text: string, region: 'status' | 'alert' = 'alert'): Promise<void> {
  expect(visibleText(el)).to.contain(text);
  await waitUntil(() => announced(el, region).includes(text), `never announced: ${text} (heard: ${announced(el, region)})`, {
    timeout: 2000,
  });
}

/**
 * The widget's DOM as text, both roots: their markup, every attribute, and the
 * value of every input but a password input (which alone may hold the password).
 */
export function renderedText(el: AbRegistration): string {
  const nodes = [el, ...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')];
  const attributes = nodes.flatMap((node) => [...node.attributes].map((a) => a.value));
  const values = nodes
    .filter((node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type !== 'password')
    .map((input) => input.value);
  return [el.innerHTML, el.shadowRoot!.innerHTML, ...attributes, ...values].join(' ');
}

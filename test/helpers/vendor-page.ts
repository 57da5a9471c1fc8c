/**
 * A vendor's page in a frame of a given size (a desktop, a phone): the built
 * bundle as a vendor loads it, under the strict policy of demo/strict-csp.html
 * (web-test-runner.config.mjs writes the page), against the reference
 * endpoint the test server runs. For what only the real page shows: a grid
 * cell, a phone's screen, the box before the script runs.
 */
import {waitUntil} from '@open-wc/testing';
import type {AbRegistration} from '../../src/AbRegistration.js';
import {signInAsTileBuyer} from './demo-session.js';

let pages = 0;

export interface VendorPage {
  win: Window;
  doc: Document;
  frame: HTMLIFrameElement;
  /** The page's first `<ab-registration>`. */
  el: AbRegistration;
}

export interface PageOptions {
  width: number;
  height: number;
  body: string;
  /** Extra head markup (stylesheets: no inline style passes the policy). */
  head?: string;
  /** Leave the bundle out: the test adds it (loadBundle) once it has measured the page without it. */
  withoutBundle?: boolean;
}

export const GRID_CSS = '<link rel="stylesheet" href="/test/fixtures/vendor-grid.css" />';

export async function vendorPage({width, height, body, head = '', withoutBundle = false}: PageOptions): Promise<VendorPage> {
  await signInAsTileBuyer(body);
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.style.display = 'block';
  const fresh = `v${++pages}-${Date.now()}`;
  const query = new URLSearchParams({head: `${GRID_CSS}${head}`, body, fresh});
  if (withoutBundle) query.set('nobundle', '1');
  frame.src = `/__bundle-page__?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow!;
  const el = win.document.querySelector('ab-registration') as AbRegistration;
  if (!withoutBundle) await tileDrawn(el);
  return {win, doc: win.document, frame, el};
}

/** Adds the bundle to a page made without it. */
export function loadBundle(page: VendorPage): void {
  const script = page.doc.createElement('script');
  script.type = 'module';
  const url = `/dist/ab-registration.bundle.js?late=${Date.now()}`;
  // The page requires Trusted Types for script URLs (where the engine has them).
  const types = (
    page.win as Window & {trustedTypes?: {createPolicy(name: string, rules: object): {createScriptURL(url: string): string}}}
  ).trustedTypes;
  script.src = types ? types.createPolicy('test-loader', {createScriptURL: (u: string) => u}).createScriptURL(url) : url;
  page.doc.body.append(script);
}

export async function tileDrawn(el: AbRegistration): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.tile'), 'the tile never rendered', {timeout: 5000});
  await el.updateComplete;
}

/** Waits for the widget's step, then for its render. */
export async function reaches(el: AbRegistration, step: string, timeout = 5000): Promise<void> {
  await waitUntil(() => el.step === step, `never reached ${step} (on ${el.step})`, {timeout});
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** The open dialog of the page's widget, or null. */
export function dialogOf(el: AbRegistration): HTMLDialogElement | null {
  const dialog = el.shadowRoot!.querySelector('dialog');
  return dialog?.open ? dialog : null;
}

/** A button of the widget (either root) by its visible label. */
export function button(el: AbRegistration, label: string): HTMLButtonElement {
  const all = [...el.shadowRoot!.querySelectorAll('button'), ...el.querySelectorAll('button')];
  const found = all.filter((b) => (b.querySelector('.button-label') ?? b).textContent!.replace(/\s+/g, ' ').trim() === label);
  if (found.length !== 1) throw new Error(`expected one button "${label}", found ${found.length}`);
  return found[0];
}

/** From the tile to link-choice (or to `step` for the hand-off endpoint), as a buyer does it, against the reference endpoint. */
export async function toLinkChoice(page: VendorPage): Promise<void> {
  const {el, doc} = page;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.tile')!.click();
  await reaches(el, 'sign-in');
  const password = el.querySelector<HTMLInputElement>('input[type="password"]')!;
  password.value = 'anything';
  password.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).Event('input', {bubbles: true}));
  password.form!.requestSubmit();
  await reaches(el, 'link-choice');
}

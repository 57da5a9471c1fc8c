// demo/strict-csp.html runs the whole flow under script-src 'self', style-src
// 'self' and Trusted Types; any securitypolicyviolation fails the test.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AbRegistration} from '../src/AbRegistration.js';
import {signInAs} from './helpers/demo-session.js';

interface Monitored extends Window {
  cspViolations: string[];
  consoleWarnings: string[];
}

async function openPage(): Promise<{win: Monitored; el: AbRegistration}> {
  // The page signs its buyer in itself too; done here first, a quick click cannot outrun it.
  await signInAs('user4@abdemoaccount.com');
  const frame = document.createElement('iframe');
  frame.style.width = '480px';
  frame.style.height = '900px';
  frame.src = '/demo/strict-csp.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Monitored;
  const el = win.document.querySelector('ab-registration') as AbRegistration;
  await waitUntil(() => el.shadowRoot?.querySelector('.tile'), 'the tile never rendered', {timeout: 5000});
  return {win, el};
}

const q = <T extends Element>(el: AbRegistration, selector: string) =>
  (el.shadowRoot!.querySelector<T>(selector) ?? el.querySelector<T>(selector))!;

async function step(el: AbRegistration, name: string) {
  await waitUntil(() => el.step === name, `never reached ${name} (on ${el.step})`, {timeout: 5000});
  await el.updateComplete;
}

describe('strict Content-Security-Policy (demo/strict-csp.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('runs scenarios 3 and 2 with zero violations', async () => {
    const {win, el} = await openPage();
    q<HTMLButtonElement>(el, '.tile').click();
    await step(el, 'sign-in');
    const password = q<HTMLInputElement>(el, 'input[type="password"]');
    password.focus();
    await sendKeys({type: 'secret'});
    await sendKeys({press: 'Enter'});
    await step(el, 'link-choice');
    q<HTMLInputElement>(el, 'input[value="separate"]').click();
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await step(el, 'separate-email');
    [...el.shadowRoot!.querySelectorAll('dialog button')]
      .find((b) => b.textContent!.trim() === 'Retour')!
      .dispatchEvent(new MouseEvent('click', {bubbles: true}));
    await step(el, 'link-choice');
    q<HTMLInputElement>(el, 'input[value="convert"]').click();
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await step(el, 'welcome');
    q<HTMLButtonElement>(el, '[part="shop-button"]').click();
    el.setAttribute('lang', 'en');
    await waitUntil(() => q(el, 'h2').textContent?.includes('Welcome to Amazon Business!'), 'no English', {timeout: 5000});
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('the policy is really enforced: an inline style is reported, innerHTML is refused', async () => {
    const {win} = await openPage();
    win.document.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.cspViolations.length > 0, 'no violation reported', {timeout: 3000});
    expect(win.cspViolations[0]).to.match(/^style-src/);
    expect(() => {
      win.document.body.innerHTML = '<b>x</b>';
    }).to.throw();
  });
});

// The package's types as a TypeScript host sees them: the tag map, the event
// map and the detail types. `tsc --noEmit` (part of npm test) is the real check;
// the @ts-expect-error lines fail it if the types ever loosen to `any`.
import {expect} from '@open-wc/testing';
import '../src/ab-registration.js';
import {emit} from '../src/events.js';
import {EVENT_NAMES} from './helpers/widget.js';
import type {AbRegistration, CompleteDetail, ErrorDetail, Outcome, Step} from '../src/index.js';

describe('events leave the widget wherever it is', () => {
  it('each event crosses shadow roots to the document and window (bubbles, composed), cancelable only when asked', () => {
    // The widget inside two components' shadow roots, as a framework app may nest it.
    const outer = document.createElement('div');
    const inner = document.createElement('div');
    outer.attachShadow({mode: 'open'}).append(inner);
    const target = document.createElement('span');
    inner.attachShadow({mode: 'open'}).append(target);
    document.body.append(outer);
    try {
      for (const name of EVENT_NAMES) {
        const seen: string[] = [];
        const onDocument = (e: Event) => seen.push(`document ${e.cancelable}`);
        const onWindow = () => seen.push('window');
        document.addEventListener(name, onDocument);
        window.addEventListener(name, onWindow);
        emit(target, name, {} as never, name === 'ab-registration-shop');
        document.removeEventListener(name, onDocument);
        window.removeEventListener(name, onWindow);
        expect(seen, name).to.deep.equal([`document ${name === 'ab-registration-shop'}`, 'window']);
      }
    } finally {
      outer.remove();
    }
  });
});

describe('types', () => {
  it('types document.createElement, the events and their details', () => {
    const el = document.createElement('ab-registration');
    const typed: AbRegistration = el;
    const outcomes: Outcome[] = [];
    el.addEventListener('ab-registration-complete', (event) => {
      const detail: CompleteDetail = event.detail;
      outcomes.push(detail.outcome);
      // @ts-expect-error: no such field in the detail
      void event.detail.password;
    });
    el.addEventListener('ab-registration-step', (event) => {
      const step: Step = event.detail.step;
      void step;
    });
    el.addEventListener('ab-registration-handoff', (event) => {
      const {scenario, url}: {scenario: 'amazon-account' | 'business-account'; url: string} = event.detail;
      void [scenario, url];
      // @ts-expect-error: a hand-off is for the two sign-in scenarios only
      event.detail.scenario = 'new';
    });
    el.addEventListener('ab-registration-error', (event) => {
      const detail: ErrorDetail = event.detail;
      // @ts-expect-error: codes are a closed union
      detail.code = 'teapot';
    });
    // @ts-expect-error: theme is a closed union
    typed.theme = 'sepia';
    el.dispatchEvent(
      new CustomEvent<CompleteDetail>('ab-registration-complete', {
        detail: {outcome: 'joined', accountName: 'A', shopUrl: 'https://a.ca'},
      })
    );
    expect(outcomes).to.deep.equal(['joined']);
  });

  it('types the events where a host listens on document and window too, and they arrive there', () => {
    const el = document.createElement('ab-registration');
    document.body.append(el);
    const heard: string[] = [];
    const onComplete = (event: DocumentEventMap['ab-registration-complete']) => {
      const detail: CompleteDetail = event.detail;
      heard.push(`document: ${detail.outcome}`);
    };
    const onStep = (event: WindowEventMap['ab-registration-step']) => {
      const step: Step = event.detail.step;
      heard.push(`window: ${step}`);
    };
    document.addEventListener('ab-registration-complete', onComplete);
    window.addEventListener('ab-registration-step', onStep);
    document.addEventListener('ab-registration-error', (event) => {
      // @ts-expect-error: codes are a closed union, on document as on the element
      event.detail.code = 'teapot';
    });
    try {
      el.dispatchEvent(
        new CustomEvent('ab-registration-complete', {
          detail: {outcome: 'member', accountName: 'A', shopUrl: 'https://a.ca'},
          bubbles: true,
          composed: true,
        })
      );
      el.dispatchEvent(new CustomEvent('ab-registration-step', {detail: {step: 'sign-in'}, bubbles: true, composed: true}));
    } finally {
      document.removeEventListener('ab-registration-complete', onComplete);
      window.removeEventListener('ab-registration-step', onStep);
      el.remove();
    }
    expect(heard).to.deep.equal(['document: member', 'window: sign-in']);
  });
});

import {fixture, html} from '@open-wc/testing';
import {nothing} from 'lit';
import '../../src/ab-registration.js';
import {loadCore} from '../../src/lazy/core-loader.js';
import {loadLater} from '../../src/lazy/later-loader.js';
import type {AbRegistration} from '../../src/AbRegistration.js';
import type {AbRegistrationEventName} from '../../src/events.js';
import {signInAs} from './demo-session.js';
import {fakeEndpoint, type FakeEndpoint} from './fake-endpoint.js';
import {settled} from './query.js';

// The rest past the tile and the later steps, fetched before the first test as
// a page's idle time and a buyer's typing would: these suites test the widget,
// not how fast the dev server compiles a chunk on a busy machine (a React test
// once timed out waiting for welcome while `later` compiled).
// test/bundle.test.ts and test/tile-first.test.ts test their arrival.
await loadCore();
await loadLater();

export const EVENT_NAMES: AbRegistrationEventName[] = [
  'ab-registration-step',
  'ab-registration-complete',
  'ab-registration-shop',
  'ab-registration-cancel',
  'ab-registration-handoff',
  'ab-registration-close',
  'ab-registration-error',
];

export interface Recorded {
  type: string;
  detail: unknown;
  bubbles: boolean;
  composed: boolean;
}

/** Records every ab-registration-* event as the host page would see it (on the document). */
export function recordEvents(): {events: Recorded[]; of(type: AbRegistrationEventName): unknown[]; stop(): void} {
  const events: Recorded[] = [];
  const listener = (event: Event) => {
    const {type, bubbles, composed} = event;
    events.push({type, detail: (event as CustomEvent).detail, bubbles, composed});
  };
  for (const name of EVENT_NAMES) document.addEventListener(name, listener);
  return {
    events,
    of: (type) => events.filter((e) => e.type === type).map((e) => e.detail),
    stop: () => EVENT_NAMES.forEach((name) => document.removeEventListener(name, listener)),
  };
}

export interface WidgetOptions {
  lang?: string;
  email?: string;
  endpoint?: string;
  marketplace?: string;
  presentation?: 'dialog' | 'inline';
}

export async function widget({
  lang = 'en',
  email = 'user4@abdemoaccount.com',
  endpoint = '/punchout/amazon-business',
  marketplace,
  presentation,
}: WidgetOptions = {}): Promise<AbRegistration> {
  // The vendor's page shows this buyer's tile because they are signed in to it: the
  // reference endpoint reads the buyer from that session (the fake endpoint ignores it).
  if (email && endpoint.includes('/api/ab-registration')) await signInAs(email);
  const el = await fixture<AbRegistration>(
    html`<ab-registration
      endpoint=${endpoint}
      email=${email}
      lang=${lang}
      marketplace=${marketplace ?? 'ca'}
      presentation=${presentation ?? nothing}
    ></ab-registration>`
  );
  await settled(el);
  return el;
}

/** The navigation the widget would do after "Start shopping"; replaced so tests stay on the page. */
export function stubNavigation(el: AbRegistration): string[] {
  const visited: string[] = [];
  el.navigate = (url) => visited.push(url);
  return visited;
}

export interface Testbed {
  /** The scripted endpoint standing in for fetch during the current test. */
  endpoint: FakeEndpoint;
  /** Every ab-registration-* event the page received during the current test. */
  recorder: ReturnType<typeof recordEvents>;
}

/** Gives each test of the calling suite a fresh scripted endpoint and event recorder, and removes them after. */
export function testbed(): Testbed {
  const t = {} as Testbed;
  beforeEach(() => {
    t.endpoint = fakeEndpoint();
    t.recorder = recordEvents();
  });
  afterEach(() => {
    t.endpoint.restore();
    t.recorder.stop();
  });
  return t;
}

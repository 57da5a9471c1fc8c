/**
 * `ab-registration/react`: `<AbRegistration>` for React 18 and 19, made with
 * `@lit/react`. It sets `requestInit`, `strings` and every other property on the
 * element and listens to its events itself, after the first render and after
 * hydration alike (React 19 forgets custom-element properties and listeners when
 * it hydrates server-rendered HTML, react#35446), and types them: `onComplete`
 * receives a `CustomEvent<CompleteDetail>`. Importing it defines the tag.
 */
import {createComponent, type EventName} from '@lit/react';
import React from 'react';
import type {AbRegistration as AbRegistrationElement} from './AbRegistration.js';
import './ab-registration.js';
import type {EventDetails} from './events.js';

/**
 * What @lit/react sets as properties: the members that are not plain
 * attributes (an object, a boolean, the camelCase ones whose attributes are
 * kebab-case). The rest (`endpoint`, `email`, `lang`, `presentation`, …) stay
 * attributes, so a server-rendered page carries them and the tile works before
 * React hydrates.
 */
const PROPERTY_ONLY = {
  prototype: {requestInit: 0, strings: 0, autostart: 0, supportUrl: 0, supportPhone: 0, handoffTarget: 0, handoffHosts: 0},
} as unknown as typeof AbRegistrationElement;

const event = <K extends keyof EventDetails>(name: K) => name as EventName<CustomEvent<EventDetails[K]>>;

export const AbRegistration = createComponent({
  tagName: 'ab-registration',
  elementClass: PROPERTY_ONLY,
  react: React,
  displayName: 'AbRegistration',
  events: {
    onStep: event('ab-registration-step'),
    onComplete: event('ab-registration-complete'),
    onShop: event('ab-registration-shop'),
    onCancel: event('ab-registration-cancel'),
    onHandoff: event('ab-registration-handoff'),
    onClose: event('ab-registration-close'),
    onError: event('ab-registration-error'),
  },
});

export type * from './events.js';

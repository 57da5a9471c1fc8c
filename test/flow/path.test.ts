import {expect} from '@open-wc/testing';
import type {ActionResult, LookupResult} from '../../src/endpoint/protocol.js';
import {initialState, transition, type FlowEvent, type FlowState} from '../../src/flow/machine.js';
import {pathOf, placeOnPath} from '../../src/flow/path.js';

/** The state after each event, from the tile: the screens a buyer sees, in order. */
function screens(...events: FlowEvent[]): FlowState[] {
  const states: FlowState[] = [];
  let state = initialState;
  for (const event of events) {
    state = transition(state, event).state;
    if (state.step !== states.at(-1)?.step) states.push(state);
  }
  return states;
}

const SHOP = 'https://www.amazon.ca/business';
const start: FlowEvent = {type: 'start', email: 'user4@abdemoaccount.com'};
const answer = (id: number, result: ActionResult): FlowEvent => ({type: 'resolved', id, result});
const lookup = (value: Omit<LookupResult, 'accountName'>, id = 1) =>
  answer(id, {action: 'lookup', value: {accountName: 'AB Demo Account', token: 't', ...value} as LookupResult});

/** What the indicator says on each screen of a run: "n/of", or "-" for none. */
const indicators = (states: FlowState[], choice?: 'convert' | 'separate') =>
  states.map((s) => {
    const place = placeOnPath(s, choice);
    return `${s.step} ${place ? `${place.n}/${place.of}` : '-'}`;
  });

describe('flow: the buyer path the step indicator counts', () => {
  it('scenario 1 (a new email) and a member reach welcome alone: one screen, no indicator', () => {
    for (const status of ['new', 'member'] as const) {
      const states = screens(start, lookup({status, shopUrl: SHOP}));
      expect(indicators(states)).to.deep.equal(['start -', 'welcome -']);
    }
  });

  it('scenario 2 (convert): sign-in 1 of 3, link-choice 2 of 3, welcome 3 of 3', () => {
    const states = screens(
      start,
      lookup({status: 'amazon-account'}),
      {type: 'sign-in', identifier: 'a@b.ca', password: 'pw'},
      answer(2, {action: 'sign-in', value: {}}),
      {type: 'link', choice: 'convert'},
      answer(3, {action: 'convert', value: {shopUrl: SHOP}})
    );
    expect(indicators(states, 'convert')).to.deep.equal(['start -', 'sign-in 1/3', 'link-choice 2/3', 'welcome 3/3']);
  });

  it('scenario 3 (separate): link-choice counts four once "No" is picked; separate-email 3 of 4, welcome 4 of 4', () => {
    const states = screens(
      start,
      lookup({status: 'amazon-account'}),
      {type: 'sign-in', identifier: 'a@b.ca', password: 'pw'},
      answer(2, {action: 'sign-in', value: {}}),
      {type: 'link', choice: 'separate'},
      {type: 'separate', personalEmail: 'me@home.ca'},
      answer(3, {action: 'separate', value: {shopUrl: SHOP, businessEmail: 'a@b.ca'}})
    );
    expect(indicators(states, 'separate')).to.deep.equal([
      'start -',
      'sign-in 1/3',
      'link-choice 2/4',
      'separate-email 3/4',
      'welcome 4/4',
    ]);
    // Nothing picked yet on link-choice: the shorter path.
    expect(placeOnPath(states[2])).to.deep.equal({n: 2, of: 3});
  });

  it('scenario 4 (join): sign-in 1 of 3, join-official 2 of 3, welcome 3 of 3', () => {
    const states = screens(
      start,
      lookup({status: 'business-account'}),
      {type: 'sign-in', identifier: 'a@b.ca', password: 'pw'},
      answer(2, {action: 'sign-in', value: {invitation: {inviterEmail: 'x@y.ca', organizationName: 'Org'}}}),
      {type: 'join'},
      answer(3, {action: 'join', value: {shopUrl: SHOP}})
    );
    expect(indicators(states)).to.deep.equal(['start -', 'sign-in 1/3', 'join-official 2/3', 'welcome 3/3']);
  });

  it('hand-off is the only screen of its path: no indicator, in both scenarios', () => {
    for (const status of ['amazon-account', 'business-account'] as const) {
      const states = screens(start, lookup({status, mode: 'handoff'}));
      expect(indicators(states)).to.deep.equal(['start -', 'handoff -']);
      expect(pathOf(states[1])).to.deep.equal(['handoff']);
    }
  });

  it('choose-scenario, blocked and error are on no path; the path after a choice counts from there', () => {
    const chose = screens(
      start,
      lookup({status: 'unknown'}),
      {type: 'choose', scenario: 'business-account'},
      answer(2, {action: 'choose', value: {status: 'business-account', accountName: 'AB Demo Account'}})
    );
    expect(indicators(chose)).to.deep.equal(['start -', 'choose-scenario -', 'sign-in 1/3']);
    expect(indicators(screens(start, lookup({status: 'blocked', reason: 'multi-user-admin'})))).to.deep.equal([
      'start -',
      'blocked -',
    ]);
    expect(indicators(screens(start, {type: 'failed', id: 1, error: {code: 'network'}}))).to.deep.equal(['start -', 'error -']);
  });
});

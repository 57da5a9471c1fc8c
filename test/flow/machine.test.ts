import {expect} from '@open-wc/testing';
import type {ActionResult, LookupResult} from '../../src/endpoint/protocol.js';
import {initialState, transition, type Effect, type FlowEvent, type FlowState} from '../../src/flow/machine.js';

/** Runs events in order from the initial state; returns the last state and every effect. */
function run(...events: FlowEvent[]): {state: FlowState; effects: Effect[]; last: Effect[]} {
  let state = initialState;
  const effects: Effect[] = [];
  let last: Effect[] = [];
  for (const event of events) {
    const next = transition(state, event);
    state = next.state;
    last = next.effects;
    effects.push(...next.effects);
  }
  return {state, effects, last};
}

const requests = (effects: Effect[]) =>
  effects.filter((e): e is Extract<Effect, {type: 'request'}> => e.type === 'request').map((e) => e.request);
const emitted = (effects: Effect[]) =>
  effects.filter((e): e is Extract<Effect, {type: 'emit'}> => e.type === 'emit').map((e) => [e.name, e.detail]);

const lookup = (value: LookupResult, id = 1): FlowEvent => ({type: 'resolved', id, result: {action: 'lookup', value}});
const resolved = (id: number, result: ActionResult): FlowEvent => ({type: 'resolved', id, result});
const SHOP = 'https://www.amazon.ca/business';
const start: FlowEvent = {type: 'start', email: 'user4@abdemoaccount.com'};

describe('flow: transition', () => {
  it('starts on the tile and looks the email up on click, staying on the tile while busy', () => {
    const {state, last} = run(start);
    expect(state.step).to.equal('start');
    expect(state.pending).to.deep.equal({id: 1, action: 'lookup'});
    expect(requests(last)).to.deep.equal([{action: 'lookup', email: 'user4@abdemoaccount.com'}]);
    expect(emitted(last)).to.deep.equal([]);
  });

  it('ignores a second click while the lookup is in flight (one request per action)', () => {
    const {last, state} = run(start, start);
    expect(last).to.deep.equal([]);
    expect(state.pending?.id).to.equal(1);
  });

  it('"new" goes to welcome (scenario 1) and emits step then complete with outcome created', () => {
    const {state, last} = run(start, lookup({status: 'new', accountName: 'AB Demo Account', shopUrl: SHOP, token: 't'}));
    expect(state.step).to.equal('welcome');
    expect(state.pending).to.equal(undefined);
    expect(emitted(last)).to.deep.equal([
      ['ab-registration-step', {step: 'welcome', previousStep: 'start'}],
      ['ab-registration-complete', {outcome: 'created', accountName: 'AB Demo Account', shopUrl: SHOP}],
    ]);
  });

  it('"member" goes to welcome with outcome member', () => {
    const {state, last} = run(start, lookup({status: 'member', accountName: 'A', shopUrl: SHOP}));
    expect(state.outcome).to.equal('member');
    expect(emitted(last)[1]).to.deep.equal(['ab-registration-complete', {outcome: 'member', accountName: 'A', shopUrl: SHOP}]);
  });

  it('scenario 2: amazon-account -> sign-in -> link-choice -> convert -> welcome, token repeated on every call', () => {
    const {state, effects} = run(
      start,
      lookup({status: 'amazon-account', accountName: 'A', token: 'tok'}),
      {type: 'sign-in', identifier: 'user4@abdemoaccount.com', password: 'secret'},
      resolved(2, {action: 'sign-in', value: {}}),
      {type: 'link', choice: 'convert'},
      resolved(3, {action: 'convert', value: {shopUrl: SHOP}})
    );
    expect(state.step).to.equal('welcome');
    expect(requests(effects)).to.deep.equal([
      {action: 'lookup', email: 'user4@abdemoaccount.com'},
      {action: 'sign-in', email: 'user4@abdemoaccount.com', password: 'secret', token: 'tok'},
      {action: 'convert', token: 'tok'},
    ]);
    expect(
      emitted(effects).map(([name, detail]) => (name === 'ab-registration-step' ? (detail as {step: string}).step : name))
    ).to.deep.equal(['sign-in', 'link-choice', 'welcome', 'ab-registration-complete']);
    expect(JSON.stringify(emitted(effects))).not.to.contain('secret');
    expect(JSON.stringify(state)).not.to.contain('secret');
  });

  it('scenario 3: link-choice "no" -> separate-email (no call) -> Back -> link-choice -> separate -> welcome', () => {
    const base = [
      start,
      lookup({status: 'amazon-account', accountName: 'A', token: 'tok'}),
      {type: 'sign-in', identifier: 'w@x.ca', password: 'p'} as FlowEvent,
      resolved(2, {action: 'sign-in', value: {}}),
    ];
    const toSeparate = run(...base, {type: 'link', choice: 'separate'});
    expect(toSeparate.state.step).to.equal('separate-email');
    expect(requests(toSeparate.last)).to.deep.equal([]);
    const back = run(...base, {type: 'link', choice: 'separate'}, {type: 'back'});
    expect(back.state.step).to.equal('link-choice');
    expect(emitted(back.last)).to.deep.equal([['ab-registration-step', {step: 'link-choice', previousStep: 'separate-email'}]]);
    const done = run(
      ...base,
      {type: 'link', choice: 'separate'},
      {type: 'separate', personalEmail: 'me@home.ca'},
      resolved(3, {action: 'separate', value: {shopUrl: SHOP, businessEmail: 'w@x.ca'}})
    );
    expect(done.state.step).to.equal('welcome');
    expect(done.state.businessEmail).to.equal('w@x.ca');
    expect(requests(done.effects).at(-1)).to.deep.equal({action: 'separate', personalEmail: 'me@home.ca', token: 'tok'});
    expect(emitted(done.last).at(-1)).to.deep.equal([
      'ab-registration-complete',
      {outcome: 'separated', accountName: 'A', shopUrl: SHOP},
    ]);
  });

  it('Back while separate is in flight cancels it and ignores its late answer', () => {
    const flow = run(
      start,
      lookup({status: 'amazon-account', accountName: 'A'}),
      {type: 'sign-in', identifier: 'w@x.ca', password: 'p'},
      resolved(2, {action: 'sign-in', value: {}}),
      {type: 'link', choice: 'separate'},
      {type: 'separate', personalEmail: 'me@home.ca'},
      {type: 'back'}
    );
    expect(flow.last.map((e) => e.type)).to.deep.equal(['emit', 'cancel']);
    const late = transition(flow.state, resolved(3, {action: 'separate', value: {shopUrl: SHOP, businessEmail: 'w@x.ca'}}));
    expect(late.state).to.equal(flow.state);
    expect(late.effects).to.deep.equal([]);
  });

  const business = [
    start,
    lookup({status: 'business-account', accountName: 'A', token: 'tok'}),
    {type: 'sign-in', identifier: '5145550100', password: 'p'} as FlowEvent,
  ];
  const invitation = {inviterEmail: 'Administrator@email.ca', organizationName: 'Exemple'};

  it('scenario 4: business-account -> sign-in (expects an invitation) -> join-official -> join -> welcome', () => {
    const signIn = run(...business);
    const request = signIn.last.find((e) => e.type === 'request');
    expect(request).to.include({type: 'request', expectInvitation: true});
    const {state, last} = run(
      ...business,
      resolved(2, {action: 'sign-in', value: {invitation}}),
      {type: 'join'},
      resolved(3, {action: 'join', value: {shopUrl: SHOP}})
    );
    expect(state.step).to.equal('welcome');
    expect(state.invitation).to.deep.equal(invitation);
    expect(emitted(last).at(-1)).to.deep.equal([
      'ab-registration-complete',
      {outcome: 'joined', accountName: 'A', shopUrl: SHOP},
    ]);
  });

  it('scenario 4 "Not now": decline -> back to start with ab-registration-cancel', () => {
    const {state, last, effects} = run(
      ...business,
      resolved(2, {action: 'sign-in', value: {invitation}}),
      {type: 'decline'},
      resolved(3, {action: 'decline', value: {}})
    );
    expect(requests(effects).at(-1)).to.deep.equal({action: 'decline', token: 'tok'});
    expect(state.step).to.equal('start');
    expect(state.token).to.equal(undefined);
    expect(emitted(last)).to.deep.equal([
      ['ab-registration-step', {step: 'start', previousStep: 'join-official'}],
      ['ab-registration-cancel', {step: 'join-official'}],
    ]);
  });

  it('unknown -> choose-scenario -> choose continues as if lookup had answered that status', () => {
    const chosen = run(start, lookup({status: 'unknown', accountName: 'A', token: 'tok'}));
    expect(chosen.state.step).to.equal('choose-scenario');
    const {state, effects} = run(
      start,
      lookup({status: 'unknown', accountName: 'A', token: 'tok'}),
      {type: 'choose', scenario: 'business-account'},
      {type: 'resolved', id: 2, result: {action: 'choose', value: {status: 'business-account', accountName: 'A'}}}
    );
    expect(requests(effects).at(-1)).to.deep.equal({action: 'choose', scenario: 'business-account', token: 'tok'});
    expect(state.step).to.equal('sign-in');
    expect(state.status).to.equal('business-account');
    expect(state.token).to.equal('tok');
  });

  it('blocked -> blocked screen with its reason', () => {
    const {state} = run(start, lookup({status: 'blocked', accountName: 'A', reason: 'multi-user-admin'}));
    expect(state.step).to.equal('blocked');
    expect(state.reason).to.equal('multi-user-admin');
  });

  it('welcome "Start shopping" emits a cancelable shop event whose default is navigation', () => {
    const {last} = run(start, lookup({status: 'new', accountName: 'A', shopUrl: SHOP}), {type: 'shop'});
    expect(last).to.deep.equal([
      {
        type: 'emit',
        name: 'ab-registration-shop',
        detail: {shopUrl: SHOP},
        cancelable: true,
        then: {type: 'navigate', url: SHOP},
      },
    ]);
  });

  it('a failed lookup goes to the error step, emits the error, and Try again replays the lookup', () => {
    const failed = run(start, {type: 'failed', id: 1, error: {code: 'network'}});
    expect(failed.state.step).to.equal('error');
    expect(emitted(failed.last)).to.deep.equal([
      ['ab-registration-step', {step: 'error', previousStep: 'start'}],
      ['ab-registration-error', {code: 'network', retryable: true}],
    ]);
    const retried = transition(failed.state, {type: 'retry'});
    expect(requests(retried.effects)).to.deep.equal([{action: 'lookup', email: 'user4@abdemoaccount.com'}]);
    expect(retried.state.pending?.id).to.equal(2);
  });

  it('a failed sign-in stays on sign-in with the error on the password field', () => {
    const {state, last} = run(...business, {type: 'failed', id: 2, error: {code: 'invalid-credentials', status: 401}});
    expect(state.step).to.equal('sign-in');
    expect(state.error).to.deep.equal({code: 'invalid-credentials', status: 401, field: 'password'});
    expect(emitted(last)).to.deep.equal([
      ['ab-registration-error', {code: 'invalid-credentials', status: 401, retryable: false}],
    ]);
  });

  it('email-taken on separate is put on the personal email field', () => {
    const {state} = run(
      start,
      lookup({status: 'amazon-account', accountName: 'A'}),
      {type: 'sign-in', identifier: 'w@x.ca', password: 'p'},
      resolved(2, {action: 'sign-in', value: {}}),
      {type: 'link', choice: 'separate'},
      {type: 'separate', personalEmail: 'taken@home.ca'},
      {type: 'failed', id: 3, error: {code: 'email-taken', status: 409}}
    );
    expect(state.step).to.equal('separate-email');
    expect(state.error?.field).to.equal('personalEmail');
  });

  it('session-expired goes back to the start with the notice kept', () => {
    const {state, last} = run(...business, {type: 'failed', id: 2, error: {code: 'session-expired', status: 401}});
    expect(state.step).to.equal('start');
    expect(state.error?.code).to.equal('session-expired');
    expect(state.token).to.equal(undefined);
    expect(emitted(last)[0]).to.deep.equal(['ab-registration-step', {step: 'start', previousStep: 'sign-in'}]);
  });

  it('a missing endpoint is a config error', () => {
    const {state, last} = run({type: 'config-error'});
    expect(state.step).to.equal('error');
    expect(emitted(last)).to.deep.equal([
      ['ab-registration-step', {step: 'error', previousStep: 'start'}],
      ['ab-registration-error', {code: 'config', retryable: false}],
    ]);
  });

  it('Start over from the error step returns to the tile', () => {
    const {state} = run(start, {type: 'failed', id: 1, error: {code: 'protocol', status: 200}}, {type: 'restart'});
    expect(state.step).to.equal('start');
    expect(state.error).to.equal(undefined);
  });

  it('ignores events that do not belong to the current screen', () => {
    const onStart = [
      {type: 'sign-in', identifier: 'a', password: 'b'},
      {type: 'link', choice: 'convert'},
      {type: 'join'},
      {type: 'decline'},
      {type: 'shop'},
      {type: 'retry'},
      {type: 'back'},
      {type: 'choose', scenario: 'new'},
      {type: 'separate', personalEmail: 'a@b.ca'},
    ] as FlowEvent[];
    for (const event of onStart) {
      const next = transition(initialState, event);
      expect(next.state, event.type).to.equal(initialState);
      expect(next.effects, event.type).to.deep.equal([]);
    }
  });

  it('ignores a stale answer after a new request superseded it', () => {
    const flow = run(start, {type: 'failed', id: 1, error: {code: 'timeout'}}, {type: 'retry'});
    const stale = transition(flow.state, lookup({status: 'new', accountName: 'A', shopUrl: SHOP}, 1));
    expect(stale.state).to.equal(flow.state);
  });

  it('ignores a stale failure after a new request superseded it: no error shown, no event, the new call still pending', () => {
    const flow = run(start, {type: 'failed', id: 1, error: {code: 'timeout'}}, {type: 'retry'});
    expect(flow.state.pending).to.deep.equal({id: 2, action: 'lookup'});
    for (const code of ['network', 'unavailable', 'rate-limited', 'session-expired'] as const) {
      const stale = transition(flow.state, {type: 'failed', id: 1, error: {code}});
      expect(stale.state, code).to.equal(flow.state);
      expect(stale.effects, code).to.deep.equal([]);
    }
    // And after Back, the abandoned separate call's failure is dropped too.
    const separate = run(
      start,
      lookup({status: 'amazon-account', accountName: 'A', token: 't'}),
      {type: 'sign-in', identifier: 'a@b.ca', password: 'pw'},
      resolved(2, {action: 'sign-in', value: {}}),
      {type: 'link', choice: 'separate'},
      {type: 'separate', personalEmail: 'me@home.ca'},
      {type: 'back'}
    );
    const late = transition(separate.state, {type: 'failed', id: 3, error: {code: 'email-taken'}});
    expect(late.state).to.equal(separate.state);
    expect(late.effects).to.deep.equal([]);
  });

  it('hand-off mode: lookup leads to the hand-off screen, its button asks for the start page, the answer hands off', () => {
    for (const status of ['amazon-account', 'business-account'] as const) {
      const flow = run(start, lookup({status, accountName: 'A', token: 't', mode: 'handoff'}));
      expect(flow.state.step, status).to.equal('handoff');
      expect(emitted(flow.last)).to.deep.equal([['ab-registration-step', {step: 'handoff', previousStep: 'start'}]]);
      const click = transition(flow.state, {type: 'handoff'});
      expect(requests(click.effects)).to.deep.equal([{action: 'handoff', token: 't'}]);
      // One call at a time: a second click sends nothing.
      expect(transition(click.state, {type: 'handoff'}).effects).to.deep.equal([]);
      const url = 'https://www.amazon.ca/punchout/start/1';
      const answered = transition(click.state, resolved(2, {action: 'handoff', value: {url}}));
      expect(answered.state.step).to.equal('handoff');
      expect(answered.state.pending).to.equal(undefined);
      expect(answered.effects).to.deep.equal([
        {
          type: 'emit',
          name: 'ab-registration-handoff',
          detail: {scenario: status, url},
          cancelable: true,
          then: {type: 'navigate', url},
        },
      ]);
    }
  });

  it('hand-off mode: a failed handoff stays on the screen with its error, and the button tries again', () => {
    const flow = run(start, lookup({status: 'business-account', accountName: 'A', token: 't', mode: 'handoff'}), {
      type: 'handoff',
    });
    const failedCall = transition(flow.state, {type: 'failed', id: 2, error: {code: 'unavailable', status: 502}});
    expect(failedCall.state.step).to.equal('handoff');
    expect(failedCall.state.error).to.deep.equal({code: 'unavailable', status: 502});
    expect(emitted(failedCall.effects)).to.deep.equal([
      ['ab-registration-error', {code: 'unavailable', status: 502, retryable: true}],
    ]);
    expect(requests(transition(failedCall.state, {type: 'handoff'}).effects)).to.deep.equal([{action: 'handoff', token: 't'}]);
  });

  it('without mode, amazon-account and business-account still go to sign-in; handoff is ignored elsewhere', () => {
    const full = run(start, lookup({status: 'amazon-account', accountName: 'A', token: 't'}));
    expect(full.state.step).to.equal('sign-in');
    expect(transition(full.state, {type: 'handoff'}).effects).to.deep.equal([]);
    const chosen = run(
      start,
      lookup({status: 'unknown', accountName: 'A', token: 't'}),
      {type: 'choose', scenario: 'amazon-account'},
      resolved(2, {action: 'choose', value: {status: 'amazon-account', accountName: 'A', mode: 'handoff'}})
    );
    expect(chosen.state.step).to.equal('handoff');
  });

  it('counts a 429 wait down and says when the buyer may try again', () => {
    const limited = run(
      start,
      lookup({status: 'amazon-account', accountName: 'A', token: 't'}),
      {type: 'sign-in', identifier: 'a@b.ca', password: 'pw'},
      {type: 'failed', id: 2, error: {code: 'rate-limited', status: 429, retryAfter: 3}}
    );
    expect(limited.state.coolingDown).to.equal(true);
    expect(limited.state.retryIn).to.equal(3);
    expect(limited.last).to.deep.include({type: 'wait', seconds: 3});
    // The host is told it may try again (after the wait).
    expect(limited.last).to.deep.include({
      type: 'emit',
      name: 'ab-registration-error',
      detail: {code: 'rate-limited', status: 429, retryable: true},
    });
    const tick = transition(limited.state, {type: 'tick', seconds: 2});
    expect(tick.state.retryIn).to.equal(2);
    expect(tick.state.error).to.equal(limited.state.error, 'the same error: not announced again');
    const cooled = transition(tick.state, {type: 'cooled'});
    expect(cooled.state.coolingDown).to.equal(undefined);
    expect(cooled.state.retryIn).to.equal(0);
    // A tick after the wait changes nothing; a new call forgets the countdown.
    expect(transition(cooled.state, {type: 'tick', seconds: 1}).state).to.equal(cooled.state);
    const again = transition(cooled.state, {type: 'sign-in', identifier: 'a@b.ca', password: 'pw'});
    expect(again.state.retryIn).to.equal(undefined);
    expect(again.state.error).to.equal(undefined);
  });
});

/**
 * Runs the flow's effects for the element: endpoint calls (one at a time, each
 * with its own AbortController), DOM events, navigation. The element feeds it
 * user events and renders `state`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {callEndpoint, timeoutMs, type EarlyCall, type RequestExtras} from '../endpoint/client.js';
import {EndpointError} from '../endpoint/errors.js';
import {emit} from '../events.js';
import {initialState, transition, type Effect, type FlowEvent, type FlowState} from '../flow/machine.js';
import type {Step} from '../flow/steps.js';
import {loadedLater, loadLater, needsLater, openHandoffWindow} from '../lazy/later-loader.js';
import {loadWithin, type ChunkFailure} from '../lazy/load-once.js';

export interface RegistrationHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string;
  /** `endpoint` as resolved when it was set: where every call goes. */
  endpointUrl: string;
  timeout: number;
  requestInit?: RequestExtras;
  handoffTarget?: string;
  handoffHosts?: readonly string[];
  /** How "Start shopping" (or a hand-off) leaves the page when the host does not cancel its event. */
  navigate(url: string): void;
}

export class RegistrationController implements ReactiveController {
  state: FlowState = initialState;

  /** A `lookup` the tile sent before this code came: the first matching request takes its answer. */
  early?: EarlyCall;

  private inFlight?: AbortController;
  /**
   * A call the endpoint answered whose next screen could not be drawn (its
   * chunk failed): the buyer's retry of that call draws it from this answer,
   * fetching only the chunk, so nothing (a password least of all) is sent twice.
   */
  private answered?: {action: string; event: Extract<FlowEvent, {type: 'resolved'}>};
  /** `handoff-target="blank"`: the window opened in the buyer's click, filled when the start page arrives. */
  private handoffWindow?: Window | null;
  private coolTimer?: ReturnType<typeof setTimeout>;

  /** `dismiss`: the flow is put away on `step` (the dialog closes). */
  constructor(
    private readonly host: RegistrationHost,
    private readonly dismiss: (step: Step) => void = () => undefined
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Moving the element fires disconnected then connected in one task: only a
    // real removal (still detached a microtask later) abandons the call.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.abandon();
    });
  }

  /** Feeds one event to the flow and runs what it asks for. */
  send(event: FlowEvent): void {
    // A fresh start (a tile click, "Start over") is no retry: an old answer no longer stands.
    if (event.type === 'start' || event.type === 'restart') this.answered = undefined;
    const {state, effects} = transition(this.state, event);
    if (needsLater(state) && !loadedLater()) {
      this.afterLaterChunk(event);
      return;
    }
    const arrived = state.step !== this.state.step;
    this.state = state;
    this.host.requestUpdate();
    for (const effect of effects) this.run(effect);
    // The buyer types a password for a while: time enough to fetch what follows (once on arrival: each
    // failed try uses up one of the chunk's few retry URLs, which the buyer's own retries need).
    if (arrived && state.step === 'sign-in') loadLater().catch(() => undefined);
  }

  /**
   * A step or error message not loaded yet: the current screen stays (busy, if
   * a call brought the answer) until the chunk is in, then the same event is
   * applied, unless something happened meanwhile. A chunk that cannot be
   * fetched fails the call as `network`, one that takes longer than `timeout`
   * as `timeout`; retrying fetches it again.
   */
  private afterLaterChunk(event: FlowEvent): void {
    const before = this.state;
    loadWithin(loadLater, timeoutMs(this.host.timeout)).then(
      () => {
        if (this.state === before) this.send(event);
      },
      (code: ChunkFailure) => {
        if (this.state === before && (event.type === 'resolved' || event.type === 'failed')) {
          if (event.type === 'resolved' && before.pending) this.answered = {action: before.pending.action, event};
          this.send({type: 'failed', id: event.id, error: {code}});
        }
      }
    );
  }

  /** Aborts the call in flight and forgets it, staying on the current screen. */
  abandon(): void {
    this.answered = undefined;
    this.cancel();
    if (this.state.pending) this.state = {...this.state, pending: undefined};
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.closeWindow();
    this.early?.abort.abort();
    this.early = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private closeWindow(): void {
    this.handoffWindow?.close();
    this.handoffWindow = undefined;
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case 'request':
        this.request(effect);
        return;
      case 'cancel':
        this.cancel();
        return;
      case 'navigate':
        this.host.navigate(effect.url);
        return;
      case 'dismiss':
        this.dismiss(effect.step);
        return;
      case 'wait':
        clearTimeout(this.coolTimer);
        this.coolDown(Date.now() + effect.seconds * 1000);
        return;
      case 'emit': {
        const proceed = emit(this.host, effect.name, effect.detail, effect.cancelable);
        // The hand-off's own window, if one was opened: filled with the start page, or closed if the host keeps the buyer here.
        const win = effect.name === 'ab-registration-handoff' ? this.handoffWindow : undefined;
        if (win) {
          this.handoffWindow = undefined;
          if (proceed && effect.then?.type === 'navigate') {
            win.location.replace(effect.then.url);
            return;
          }
          win.close();
        }
        if (proceed && effect.then) this.run(effect.then);
        return;
      }
    }
  }

  /** Counts the Retry-After wait down, a second at a time, until `until`; then the buyer may try again. */
  private coolDown(until: number): void {
    const left = until - Date.now();
    this.coolTimer = setTimeout(
      () => {
        const now = until - Date.now();
        if (now > 0) {
          this.send({type: 'tick', seconds: Math.ceil(now / 1000)});
          this.coolDown(until);
        } else {
          this.send({type: 'cooled'});
        }
      },
      left > 0 ? left % 1000 || 1000 : 0
    );
  }

  private request(effect: Extract<Effect, {type: 'request'}>): void {
    const answered = this.answered;
    this.answered = undefined;
    if (answered?.action === effect.request.action) {
      // The retry of a call already answered: its answer again, under the new id (the chunk is fetched on the way).
      queueMicrotask(() => this.send({...answered.event, id: effect.id}));
      return;
    }
    // Taken before cancel(), which aborts an early call nobody took.
    const taken = this.early && JSON.stringify(this.early.request) === JSON.stringify(effect.request) ? this.early : undefined;
    if (taken) this.early = undefined;
    this.cancel();
    // `handoff-target="blank"`: the window opens in the buyer's click, and is filled when the start page arrives.
    if (effect.request.action === 'handoff' && this.host.handoffTarget === 'blank') this.handoffWindow = openHandoffWindow();
    const controller = new AbortController();
    this.inFlight = controller;
    callEndpoint(effect.request, {
      early: taken,
      endpoint: this.host.endpointUrl,
      timeout: this.host.timeout,
      signal: controller.signal,
      extras: this.host.requestInit,
      expectInvitation: effect.expectInvitation,
      handoffHosts: this.host.handoffHosts,
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        this.inFlight = undefined;
        this.send({type: 'resolved', id: effect.id, result});
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.inFlight = undefined;
        const info = error instanceof EndpointError ? error.toInfo() : {code: 'unknown' as const};
        // The buyer reads why on this page: the window opened for the start page goes.
        this.closeWindow();
        this.send({type: 'failed', id: effect.id, error: info});
      }
    );
  }
}

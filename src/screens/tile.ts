/**
 * The tile and what it says: everything a catalogue page draws before the
 * buyer touches it, in the first file with its strings in both languages
 * (scripts/split-locale.mjs keeps this module's fr-CA messages in it).
 */
import {msg} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Support} from '../support.js';

/**
 * How a card is drawn: `launcher`, the tile alone filling the host's box
 * (dialog presentation: the flow opens in a dialog); `tile-only`, the tile with its
 * hint and the support line (inline presentation, before a click); `screen`,
 * a step of the flow (inline, or inside the dialog).
 */
export type CardKind = 'launcher' | 'tile-only' | 'screen';

/**
 * The card every screen sits in, with the support line under it (not on a
 * launcher: the dialog has it on every screen) and `after`
 * (the dialog, or the announcer's slot) after it: nothing until the rest of
 * the widget fills it. One template for the tile before and after the rest
 * arrives, so the rest takes over the same tile button, and a keyboard buyer's
 * focus on it.
 */
export function card(
  kind: CardKind,
  busy: boolean,
  support: Support,
  lang: string,
  screen: unknown,
  progress: unknown = nothing,
  after: unknown = nothing
): TemplateResult {
  return html`<div class="card ${kind}" part="card" lang=${lang} aria-busy=${busy}>
      ${progress} ${screen} ${kind === 'launcher' ? nothing : supportLine(support)}
    </div>
    ${after}`;
}

export interface TileOptions {
  /** A call is in flight (or the rest of the widget is on its way after a click). */
  busy: boolean;
  /** Busy, or waiting out a 429: the tile is shown disabled. */
  locked: boolean;
  hintId: string;
  /** A message above the tile: why the last attempt failed. */
  alert?: string;
  /**
   * The message is its own alert: before the rest of the widget has arrived
   * (its light-DOM announcer with it), nothing else would say it.
   */
  announce?: boolean;
  onClick: () => void;
}

/** The guide's own word for the tile: its label when the host slots no logo. */
export const tileLabel = (): string => msg('amazon business', {id: 'tile'});

/**
 * The "amazon business" tile (scenario 1: a click is all a new buyer needs):
 * the vendor's licensed logo in the `logo` slot, else the plain label; the
 * widget draws no Amazon artwork and imitates none.
 */
export function tileScreen({busy, locked, hintId, alert, announce, onClick}: TileOptions): TemplateResult {
  return html`
    ${alert ? html`<p class="alert" role=${ifDefined(announce ? 'alert' : undefined)}>${alert}</p>` : nothing}
    <button
      class="tile"
      part="tile"
      type="button"
      data-focus-target
      aria-describedby=${hintId}
      aria-disabled=${locked ? 'true' : 'false'}
      @click=${onClick}
    >
      <slot name="logo"><span class="label">${tileLabel()}</span></slot>
      ${busy ? html`<span class="busy">${busyMessage()}</span>` : nothing}
    </button>
    <p class="tile-hint" id=${hintId}>
      ${msg('Just click the amazon business tile in your eProcurement system to start shopping!', {id: 'scenario1-click'})}
    </p>
  `;
}

/** The guide's customer-service line, shown on every screen. */
export function supportLine(support: Support): TemplateResult {
  return html`<p class="support" part="support">
    ${msg(
      html`Contact Amazon Business Customer Service at
        <a href=${support.url} target="_blank" rel="noopener noreferrer">${support.url}</a> or
        <a href=${support.tel}>${support.phone}</a>.`,
      {id: 'support'}
    )}
  </p>`;
}

export function busyMessage(): string {
  return msg('Please wait…', {id: 'busy'});
}

/** Said on the tile when the rest of the widget could not be fetched, and for any call that could not reach the endpoint. */
export function networkMessage(): string {
  return msg("We couldn't reach the registration service. Check your connection, then try again.", {id: 'error-network'});
}

/** Said on the tile when the rest of the widget took longer than `timeout`, and for any call that did. */
export function timeoutMessage(): string {
  return msg('The registration service took too long to answer. Try again.', {id: 'error-timeout'});
}

/**
 * The tile and what it says: everything a catalogue page draws before the
 * buyer touches it, in the first file with its strings in both languages
 * (scripts/split-locale.mjs keeps this module's fr-CA messages in it).
 */
import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Locale} from '../localization.js';
import type {Support} from '../support.js';

/**
 * The card every screen sits in, with the support line under it and the
 * announcer's slot after it (empty until the rest of the widget fills it). One
 * template for the tile before and after the rest arrives, so the rest takes
 * over the same tile button, and a keyboard buyer's focus on it.
 */
export function card(
  tileOnly: boolean,
  busy: boolean,
  support: Support,
  lang: Locale,
  screen: unknown,
  progress: unknown = nothing
): TemplateResult {
  return html`<div class="card ${tileOnly ? 'tile-only' : ''}" part="card" lang=${lang} aria-busy=${busy}>
      ${progress} ${screen} ${supportLine(support)}
    </div>
    <slot name="announce"></slot>`;
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

/** The "amazon business" tile (scenario 1: a click is all a new buyer needs). */
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
      <span class="wordmark">${msg('amazon business', {id: 'tile'})}</span>
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

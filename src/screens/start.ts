import {type TemplateResult} from 'lit';
import type {ScreenContext} from './context.js';
import {errorMessage} from './messages.js';
import {tileScreen} from './tile.js';

/** The start step once the rest of the widget is in: the tile, with why the last attempt failed above it. */
export function startScreen(ctx: ScreenContext): TemplateResult {
  const {error, retryIn} = ctx.state;
  return tileScreen({
    busy: ctx.busy,
    locked: ctx.locked,
    hintId: ctx.id('tile-hint'),
    alert: error ? errorMessage(error.code, retryIn) : undefined,
    onClick: ctx.actions.start,
  });
}

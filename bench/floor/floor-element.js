// The floor: the least a Lit 3 widget with @lit/localize can be, built with the
// same rollup setup as the bundle. One localized string, one lazily loaded
// fr-CA chunk, one button that re-renders.
import {LitElement, html, css} from 'lit';
import {configureLocalization, msg, str, updateWhenLocaleChanges} from '@lit/localize';

export const {setLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr-CA'],
  loadLocale: () => import('./floor-fr-CA.js'),
});

export class FloorElement extends LitElement {
  static properties = {count: {type: Number}};
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    this.count = 0;
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<button @click=${() => this.count++}>${msg(str`Clicked ${this.count} times`, {id: 'clicked'})}</button>`;
  }
}
customElements.define('floor-element', FloorElement);

// A lower bound, not a widget: the floor element drawing our tile's look and
// nothing else. The tile's styles, its template and its strings in both
// languages (build/, from `npm run build`), with none of the element's
// behaviour (no properties past the floor's, no language resolution, string
// overrides, prefetch, early lookup, chunk loading or support-URL check). Its
// gzip size is what issue #14's "1.25x the floor" leaves to that behaviour.
import {LitElement} from 'lit';
import {configureLocalization, updateWhenLocaleChanges} from '@lit/localize';
import {card, networkMessage, tileScreen, timeoutMessage} from '../../build/screens/tile.js';
import {tileStyles} from '../../build/styles/tile.styles.js';
import {templates} from '../../build/generated/locales/fr-CA-tile.js';

const {getLocale, setLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr-CA'],
  loadLocale: async () => ({templates}),
});
export {setLocale};

const support = {url: 'https://www.amazon.ca/gp/help/contact-us', phone: '1-855-301-0911', tel: 'tel:18553010911'};

export class TileLook extends LitElement {
  static properties = {failure: {}};
  static styles = tileStyles;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  render() {
    const alert = this.failure && (this.failure === 'timeout' ? timeoutMessage() : networkMessage());
    return card(
      true,
      false,
      support,
      getLocale(),
      tileScreen({busy: false, locked: false, hintId: 'hint', alert, onClick: () => {}})
    );
  }
}
customElements.define('tile-look', TileLook);

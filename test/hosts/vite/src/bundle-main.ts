// The single-file bundle, imported through the host's bundler.
import 'ab-registration/bundle';

const tile = document.createElement('ab-registration');
tile.setAttribute('endpoint', '/punchout/amazon-business');
tile.setAttribute('email', 'user4@abdemoaccount.com');
tile.setAttribute('lang', 'fr-CA');
tile.style.cssText = 'display:block;width:170px;height:120px';
tile.requestInit = {headers: {'X-CSRF-Token': 'from-bundle'}};
tile.addEventListener('ab-registration-complete', (e) => console.log(e.detail.outcome));
document.getElementById('app')!.append(tile);

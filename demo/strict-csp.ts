// The strict-CSP page: the widget and nothing else; "Start shopping" stays on the page.
// The page signs in as the tile's buyer first (the demo's login, as the vendor's own
// sign-in would have): the endpoint reads the buyer from that session.
import '../src/ab-registration.js';

document.addEventListener('ab-registration-shop', (event) => event.preventDefault());
const email = document.querySelector('ab-registration')?.getAttribute('email');
void fetch('/api/demo-login', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({email})});

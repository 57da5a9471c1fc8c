// The strict-CSP page: the widget and nothing else; "Start shopping" stays on the page.
import '../src/ab-registration.js';

document.addEventListener('ab-registration-shop', (event) => event.preventDefault());

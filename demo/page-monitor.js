// Loaded first by the strict-CSP page (and the tests' bundle pages): records
// every Content-Security-Policy violation and console warning, and shows the count.
window.cspViolations = [];
window.consoleWarnings = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(
    `${event.violatedDirective}: ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber}`
  );
  const out = document.getElementById('violations');
  if (out) out.textContent = String(window.cspViolations.length);
});
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.consoleWarnings.push(args.join(' '));
  warn(...args);
};

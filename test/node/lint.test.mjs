// The lint rules that keep dangerous code out of src/ (eslint.config.js): each
// construct the widget must never contain is reported in a file under src/,
// and the same line passes outside it (so the rule is what refuses it).
import {ESLint} from 'eslint';
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file `filePath`. */
async function reported(code, filePath) {
  const [result] = await eslint.lintText(code, {filePath});
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint: what src/ must never contain', () => {
  for (const [what, code, rule] of [
    ['innerHTML', 'export function f(el: Element, s: string): void {\n  el.innerHTML = s;\n}\n', 'no-restricted-properties'],
    ['outerHTML', 'export function f(el: Element, s: string): void {\n  el.outerHTML = s;\n}\n', 'no-restricted-properties'],
    [
      'insertAdjacentHTML',
      "export function f(el: Element, s: string): void {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
      'no-restricted-properties',
    ],
    ['document.write', 'export function f(s: string): void {\n  document.write(s);\n}\n', 'no-restricted-properties'],
    [
      'unsafeHTML',
      "import {unsafeHTML} from 'lit/directives/unsafe-html.js';\nexport const x = unsafeHTML;\n",
      'no-restricted-imports',
    ],
    [
      'unsafeStatic',
      "import {unsafeStatic} from 'lit/static-html.js';\nexport const x = unsafeStatic;\n",
      'no-restricted-imports',
    ],
    ['eval', 'export function f(s: string): unknown {\n  return eval(s);\n}\n', 'no-eval'],
    ['new Function', 'export function f(s: string): unknown {\n  return new Function(s);\n}\n', 'no-new-func'],
    ['localStorage', "export function f(s: string): void {\n  localStorage.setItem('k', s);\n}\n", 'no-restricted-globals'],
    [
      'window.sessionStorage',
      "export function f(s: string): void {\n  window.sessionStorage.setItem('k', s);\n}\n",
      'no-restricted-properties',
    ],
    ['document.cookie', 'export function f(s: string): void {\n  document.cookie = s;\n}\n', 'no-restricted-properties'],
    ['console.log', 'export function f(s: string): void {\n  console.log(s);\n}\n', 'no-console'],
    ['console.error', 'export function f(s: string): void {\n  console.error(s);\n}\n', 'no-console'],
    ['styleMap', "import {styleMap} from 'lit/directives/style-map.js';\nexport const x = styleMap;\n", 'no-restricted-imports'],
    [
      'a style attribute',
      'import {html} from \'lit\';\nexport const x = html`<p style="color: red">x</p>`;\n',
      'no-restricted-syntax',
    ],
  ]) {
    it(`refuses ${what} in src/, not elsewhere`, async () => {
      assert.ok((await reported(code, 'src/screens/probe.ts')).includes(rule), `${what} in src/`);
      assert.ok(!(await reported(code, 'test/probe.test.ts')).includes(rule), `${what} in test/`);
    });
  }

  it('lets console.warn through: the host developer is told of CORS and configuration problems', async () => {
    assert.deepEqual(await reported('export function f(s: string): void {\n  console.warn(s);\n}\n', 'src/screens/probe.ts'), []);
  });
});

// Checks the built bundle: no eval or new Function anywhere, and innerHTML only
// where Lit parses its own static template strings (through its Trusted Types
// policy), never on anything else.
import {readdirSync, readFileSync} from 'node:fs';

const files = readdirSync('dist').filter((name) => name.endsWith('.js'));
const problems = [];
const LIT_TEMPLATE = /createElement\("template"\);return [\w$]+\.innerHTML=[\w$]+,[\w$]+\}/g;
for (const name of files) {
  const code = readFileSync(`dist/${name}`, 'utf8');
  if (/\beval\s*\(|new\s+Function\s*\(/.test(code)) problems.push(`${name}: eval or new Function`);
  const all = code.match(/innerHTML/g)?.length ?? 0;
  const lit = code.match(LIT_TEMPLATE)?.length ?? 0;
  if (all !== lit) problems.push(`${name}: ${all - lit} innerHTML use(s) besides Lit's template parsing`);
  if (/Lit is in dev mode/.test(code)) problems.push(`${name}: Lit's development build`);
}
if (!files.includes('ab-registration.bundle.js')) problems.push('dist/ab-registration.bundle.js is missing: run npm run build');
if (problems.length) {
  console.error(`dist/ fails its checks:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/: ${files.length} files; no eval, no new Function, innerHTML only in Lit's template parsing`);

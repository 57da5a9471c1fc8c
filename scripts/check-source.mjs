// Fails on code the widget must never contain: HTML parsing of strings, eval,
// storage, logging (a log line could carry what the buyer typed).
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

const FORBIDDEN = [
  [/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write/, 'parses a string as HTML'],
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, 'renders a string as markup'],
  [/\beval\s*\(|new\s+Function\s*\(/, 'evaluates a string as code'],
  [/\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b|document\.cookie/, 'writes to storage'],
  [/console\.(log|info|debug|error)\s*\(/, 'logs'],
  [/style=|styleMap/, 'sets inline styles (breaks a strict style-src)'],
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const problems = [];
for (const file of files('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const code = line.replace(/\/\/.*$|^\s*\*.*$/, '');
      for (const [pattern, why] of FORBIDDEN) {
        if (pattern.test(code)) problems.push(`${file}:${index + 1}: ${why}: ${line.trim()}`);
      }
    });
}
if (problems.length) {
  console.error(`Forbidden code in src/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('src/: no HTML parsing, eval, storage, logging or inline styles');

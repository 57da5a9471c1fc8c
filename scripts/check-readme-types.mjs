// The README's React snippet, type-checked as a vendor's TSX would be
// (`npm run check:readme`): strict TypeScript, the automatic JSX runtime,
// `ab-registration/react` from this repository's sources. Beside it, what must
// not compile: a misspelled event prop, a detail field that does not exist.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';

const DIR = 'build/readme-check';
const readme = readFileSync('README.md', 'utf8');
const snippet = /```tsx\n('use client';[\s\S]*?)```/.exec(readme)?.[1];
if (!snippet) {
  console.error("check:readme: the README's React (tsx) snippet is missing");
  process.exit(1);
}
rmSync(DIR, {recursive: true, force: true});
mkdirSync(DIR, {recursive: true});
writeFileSync(`${DIR}/snippet.tsx`, snippet);
writeFileSync(
  `${DIR}/must-fail.tsx`,
  `import {AbRegistration} from 'ab-registration/react';
export const typo = (
  // @ts-expect-error: no such event prop
  <AbRegistration onCompleted={() => {}} />
);
export const detail = (
  <AbRegistration
    onComplete={(e) => {
      const outcome: 'created' | 'member' | 'converted' | 'separated' | 'joined' = e.detail.outcome;
      // @ts-expect-error: the detail never carries a password
      void [outcome, e.detail.password];
    }}
    onError={(e) => {
      // @ts-expect-error: error codes are a closed union
      e.detail.code = 'teapot';
    }}
  />
);
`
);
writeFileSync(
  `${DIR}/tsconfig.json`,
  JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: 'es2022',
      moduleResolution: 'bundler',
      lib: ['es2022', 'dom', 'dom.iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      experimentalDecorators: true,
      useDefineForClassFields: false,
      types: [],
      paths: {'ab-registration/react': ['../../src/react.ts']},
    },
    include: ['*.tsx'],
  })
);
try {
  execFileSync('npx', ['tsc', '-p', `${DIR}/tsconfig.json`], {stdio: 'pipe'});
} catch (error) {
  console.error(`check:readme: the README's React snippet does not type-check:\n${error.stdout}`);
  process.exit(1);
}
console.log("check:readme: the README's React snippet type-checks (strict TSX); a misspelled event prop does not");

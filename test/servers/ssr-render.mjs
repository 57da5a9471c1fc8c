// A catalogue page rendered on a Node server with @lit-labs/ssr, from the
// shipped modules (dist/esm): the tile arrives as declarative shadow DOM, in
// the HTML itself. Run in a process of its own (test/ssr.test.ts asks the test
// server's /__ssr__ route), since @lit-labs/ssr puts its DOM shim on globalThis.
//   node test/servers/ssr-render.mjs <lang>   -> the page's HTML on stdout
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
// The package by its own name: what an install resolves to (dist/esm, built by npm run build).
import 'ab-registration/define';

const lang = process.argv[2] || 'en';
const tile = await collectResult(
  render(
    html`<ab-registration
      endpoint="/api/ab-registration"
      email="user4@abdemoaccount.com"
      lang=${lang}
      style="display:block;width:170px;height:120px"
    ></ab-registration>`
  )
);
process.stdout.write(
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Catalogue</title></head>` +
    `<body style="margin:0"><main class="grid">${tile}</main></body></html>`
);

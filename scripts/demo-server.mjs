// The demo's web server: @web/dev-server's request handling (TypeScript,
// bare imports) behind a plain Node server of our own, so that it listens on
// loopback only (the dev server's own listen turns 127.0.0.1 and localhost into
// "every interface") and answers only what the demo pages load.
import {startDevServer} from '@web/dev-server';
import {createServer} from 'node:http';
import {demoConfig} from '../web-dev-server.config.mjs';

/**
 * What the demo pages fetch: the pages, the widget's sources, the Lit
 * packages they import, the built bundle, the reference endpoint. Anything
 * else (the repository, node_modules at large, dotfiles) is a 404.
 */
const SERVED = [
  /^\/$/,
  /^\/demo\/([\w.-]+)?$/,
  /^\/src\/[\w/.-]+\.(ts|js)$/,
  /^\/dist\/[\w.-]+\.js$/,
  /^\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\/[\w/.-]+\.js$/,
  /^\/api\/ab-registration(-handoff)?$/,
  /^\/api\/demo-login$/,
  /^\/supplier\/punchout\/setup$/,
  /^\/supplier\/start\/[\w-]+$/,
];

/** True when `path` (decoded, without query) is one the demo needs. */
export function isServed(path) {
  if (path.split('/').some((part) => part.startsWith('.'))) return false; // dotfiles, and .. anywhere
  return SERVED.some((pattern) => pattern.test(path));
}

/** The host names the demo answers to: a page on any other name (DNS rebinding) gets nothing. */
const OWN_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

function ownHostsOnly(ctx, next) {
  if (OWN_HOSTS.includes(ctx.hostname)) return next();
  ctx.status = 421;
  ctx.type = 'text/plain';
  ctx.body = 'Misdirected request: this demo answers to 127.0.0.1 and localhost only.';
  return undefined;
}

function allowList(ctx, next) {
  let path;
  try {
    path = decodeURIComponent(ctx.path);
  } catch {
    path = '/.invalid';
  }
  if (isServed(path)) return next();
  ctx.status = 404;
  ctx.type = 'text/plain';
  ctx.body = 'Not found';
  return undefined;
}

/**
 * Starts the demo server on `host:port` (port 0: any free one). Resolves with
 * the Node server (already listening) and a `close()` that stops both halves.
 * `routes` (koa middleware) answer their own pages first; `servedOnly: false`
 * lifts the path allow-list (scripts/page-server.mjs: a tool's page may load
 * what the demo's pages do not). Loopback and the host check hold either way.
 */
export async function startDemoServer({port = 8000, host = '127.0.0.1', corsOrigins, routes = [], servedOnly = true} = {}) {
  const config = demoConfig(corsOrigins ? {corsOrigins} : {});
  const devServer = await startDevServer({
    config: {
      ...config,
      // The dev server only builds the request handler; our own server listens.
      middlewareMode: true,
      middleware: [ownHostsOnly, ...routes, ...(servedOnly ? [allowList] : []), ...config.middleware],
      logStartMessage: false,
      clearTerminalOnReload: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(devServer.koaApp.callback());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({port, host}, resolve);
  });
  const close = async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    await devServer.stop();
  };
  return {server, close};
}

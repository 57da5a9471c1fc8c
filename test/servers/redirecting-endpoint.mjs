// An endpoint whose sign-in answers with a redirect (POST /api/redirecting/<status>):
// test/security.test.ts checks the widget never follows it. The target records
// every request that reaches it, so a test can tell it was never called.
const PREFIX = '/api/redirecting/';

export function redirectingEndpointMiddleware() {
  let hits = [];
  return async function redirectingEndpoint(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const rest = ctx.path.slice(PREFIX.length);
    ctx.set('Cache-Control', 'no-store');
    if (rest === 'reset') {
      hits = [];
      ctx.status = 204;
      return;
    }
    if (rest === 'hits') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(hits);
      return;
    }
    let raw = '';
    for await (const chunk of ctx.req) raw += chunk;
    if (rest === 'target') {
      hits.push(`${ctx.method} ${raw}`);
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    }
    const status = Number(rest);
    if (![301, 302, 303, 307, 308].includes(status)) return next();
    const body = JSON.parse(raw || '{}');
    ctx.type = 'application/json';
    if (body.action === 'lookup') {
      ctx.body = JSON.stringify({status: 'amazon-account', accountName: 'A', token: 'tok'});
      return;
    }
    ctx.status = status;
    ctx.set('Location', `${PREFIX}target`);
    ctx.body = '{}';
  };
}

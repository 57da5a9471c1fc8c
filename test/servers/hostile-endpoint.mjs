// Endpoints that attack the checker (POST /api/hostile/<kind>): control and
// bidi characters in what it prints, an answer too large to hold, a redirect
// that would carry --password elsewhere, a slow one (test/bundle.test.ts), and a sloppy one (errors in the right
// shape with the wrong code, answers labelled text/plain). test/node/checker.test.mjs
// runs it against them.
const PREFIX = '/api/hostile/';
const HUGE_BYTES = 64 * 1024 * 1024;
/** How much of its answer the last `huge` request wrote, and whether its reader has gone (POST /api/hostile/huge-written). */
let hugeWritten = 0;
let hugeClosed = false;

export function hostileEndpointMiddleware() {
  return async function hostileEndpoint(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    let raw = '';
    for await (const chunk of ctx.req) raw += chunk;
    switch (ctx.path.slice(PREFIX.length)) {
      case 'bad-handoff': {
        // Hand-off mode, but the start page it hands out is no https URL.
        const body = JSON.parse(raw || '{}');
        ctx.type = 'application/json';
        if (body.action === 'lookup') {
          const status = /^single@/.test(body.email)
            ? 'business-account'
            : /^user4@/.test(body.email)
              ? 'amazon-account'
              : 'unknown';
          ctx.body = JSON.stringify({status, accountName: 'A', token: 'tok', ...(status === 'unknown' ? {} : {mode: 'handoff'})});
        } else if (body.action === 'handoff') {
          ctx.body = JSON.stringify({url: 'javascript:alert(document.cookie)'});
        } else {
          ctx.status = 400;
          ctx.body = JSON.stringify({error: {code: 'bad-request'}});
        }
        return;
      }
      case 'sloppy': {
        // Right shapes, wrong labels: every lookup a valid answer sent as text/plain,
        // every other request a well-shaped error whose code is always bad-request.
        const body = JSON.parse(raw || '{}');
        if (body.action === 'lookup') {
          ctx.type = 'text/plain';
          ctx.body = JSON.stringify({status: 'member', accountName: 'A', shopUrl: 'https://www.amazon.ca/business'});
        } else {
          ctx.status = 401;
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({error: {code: 'bad-request'}});
        }
        return;
      }
      case 'delayed': {
        // A valid `member` lookup, answered after ?ms= milliseconds (at most 10 s); nothing else.
        const body = JSON.parse(raw || '{}');
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ctx.query.ms) || 0, 10000)));
        ctx.type = 'application/json';
        if (body.action === 'lookup') {
          ctx.body = JSON.stringify({status: 'member', accountName: 'A', shopUrl: 'https://www.amazon.ca/business'});
        } else {
          ctx.status = 400;
          ctx.body = JSON.stringify({error: {code: 'bad-request'}});
        }
        return;
      }
      case 'controls':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '\r\u001b[2J\u009b31m\u202Eevil\u2066 \u0007 body';
        return;
      case 'huge': {
        // 64 MB of a JSON string, written only as fast as the reader takes it.
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.respond = false;
        const res = ctx.res;
        res.writeHead(200, {'Content-Type': 'application/json'});
        res.write('{"status": "new", "accountName": "');
        const block = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        let closed = false;
        hugeWritten = 0;
        hugeClosed = false;
        // ?pace=<ms>: a block every that many milliseconds (a slow network), else as fast as the reader takes them.
        const pace = Math.min(Number(ctx.query.pace) || 0, 1000);
        const pump = () => {
          while (sent < HUGE_BYTES && !closed && !res.destroyed) {
            sent += block.length;
            hugeWritten = sent;
            const more = res.write(block);
            if (pace) return void setTimeout(more ? pump : () => res.once('drain', pump), pace);
            if (!more) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('"}');
        };
        res.on('close', () => (closed = hugeClosed = true));
        pump();
        return;
      }
      case 'huge-written':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({written: hugeWritten, closed: hugeClosed});
        return;
      case 'redirect':
        ctx.status = 307;
        ctx.set('Location', '/api/redirecting/target');
        ctx.body = '';
        return;
      default:
        return next();
    }
  };
}

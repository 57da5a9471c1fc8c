// A deliberately broken endpoint, for testing ab-registration-check: it gets
// the protocol wrong in the ways real backends do. Never copy it.
import {createReferenceEndpoint, referenceEndpointMiddleware} from './reference-endpoint.mjs';

export function brokenEndpointMiddleware({path = '/api/broken-endpoint'} = {}) {
  const reference = referenceEndpointMiddleware({path});
  const endpoint = createReferenceEndpoint();
  // Broken: one session for everybody, so any buyer's token works for any other.
  const everybody = {id: 'everybody', email: '', signedIn: [], spent: [], punchOuts: []};
  return async function brokenEndpoint(ctx, next) {
    if (ctx.path !== path) return next();
    if (ctx.method !== 'POST') return reference(ctx, next);
    let raw = '';
    for await (const chunk of ctx.req) raw += chunk;
    const body = JSON.parse(raw || '{}');
    // Broken: the protocol header is never checked.
    ctx.status = 200;
    ctx.type = 'application/json';
    try {
      // Broken: the buyer is whoever the request says.
      if (body.action === 'lookup') everybody.email = String(body.email);
      const answer = await endpoint.handle(body, everybody);
      if (body.action === 'lookup' && answer.status === 'new') answer.shopUrl = 'http://www.amazon.ca/business'; // not https
      if (body.action === 'lookup' && answer.status === 'member') delete answer.accountName; // missing field
      if (body.action === 'convert') answer.shopUrl = '/relative/shop'; // not absolute
      ctx.body = JSON.stringify(answer);
    } catch (error) {
      // Broken: errors as an HTML page with status 500, whatever went wrong.
      ctx.status = 500;
      ctx.type = 'text/html';
      ctx.body = `<html><body><h1>Error</h1><p>${error.code ?? 'oops'}</p></body></html>`;
    }
  };
}

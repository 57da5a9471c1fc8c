// A request body read with a cap, for the demo's servers (the reference
// endpoint and the stand-in punch-out supplier): what a vendor copies.

export class BodyTooLarge extends Error {
  constructor(max) {
    super(`the request body is larger than ${max} bytes`);
  }
}

/**
 * The body of `req` as text, at most `max` bytes. A larger one is refused from
 * its Content-Length before a byte is read, or as soon as a chunked one passes
 * the cap: reading stops there (BodyTooLarge), so a large upload costs neither
 * memory nor time. Answer with `refuseRest(ctx)` so the unread rest is never read.
 */
export function readBody(req, max) {
  const declared = Number(req.headers['content-length']);
  if (declared > max) return Promise.reject(new BodyTooLarge(max));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge(max));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** After refusing a body: what is left of it is never read; the connection goes once the answer is out. */
export function refuseRest(ctx) {
  ctx.set('Connection', 'close');
  ctx.res.once('finish', () => ctx.req.socket.destroy());
}

// The servers a vendor reads and copies, probed from Node (test/servers/probes.mjs):
// the demo server and the reference endpoint.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

const probe = <T>(name: string, options: object = {}) => executeServerCommand<T, object>('server-probe', {name, ...options});

describe('servers: the demo server (npm start)', () => {
  it('listens on loopback only and serves what the demo pages load, nothing else', async () => {
    const {address, statuses} = await probe<{address: string; statuses: Record<string, number>}>('demo-server', {
      paths: [
        '/demo/',
        '/demo/strict-csp.html',
        '/src/index.ts',
        '/node_modules/lit/index.js',
        '/.git/config',
        '/.git/HEAD',
        '/.ci/run',
        '/demo/../.git/config',
        '/%2e%2e/.git/config',
        '/src/%2e%2e/package.json',
        '/package.json',
        '/package-lock.json',
        '/node_modules/typescript/package.json',
        '/node_modules/.package-lock.json',
        '/README.md',
        '/bin/ab-registration-check.mjs',
        '/demo/.hidden',
      ],
    });
    expect(address).to.equal('127.0.0.1');
    expect(statuses).to.deep.equal({
      '/demo/': 200,
      '/demo/strict-csp.html': 200,
      '/src/index.ts': 200,
      '/node_modules/lit/index.js': 200,
      '/.git/config': 404,
      '/.git/HEAD': 404,
      '/.ci/run': 404,
      '/demo/../.git/config': 404,
      '/%2e%2e/.git/config': 404,
      '/src/%2e%2e/package.json': 404,
      '/package.json': 404,
      '/package-lock.json': 404,
      '/node_modules/typescript/package.json': 404,
      '/node_modules/.package-lock.json': 404,
      '/README.md': 404,
      '/bin/ab-registration-check.mjs': 404,
      '/demo/.hidden': 404,
    });
  });
});

describe('servers: the reference endpoint', () => {
  it('refuses a body over 16 KB from its Content-Length, stops reading a chunked one, and stays up (plain Koa)', async () => {
    const result = await probe<{
      declared: {status: number | string; ms: number; text: string};
      streamed: {status: number | string; error?: string};
      bytesRead: number[];
      justUnder: {status: number};
      crashed: string[];
    }>('body-cap');
    expect(result.declared.status, 'answered before the body came').to.equal(413);
    expect(JSON.parse(result.declared.text)).to.deep.equal({error: {code: 'payload-too-large'}});
    // Either the 413 arrives, or the connection is cut while the client still writes: never all 16 MB read.
    expect([413, 'error']).to.include(result.streamed.status);
    expect(result.bytesRead[1], 'bytes the server read of a 16 MB upload').to.be.below(1024 * 1024);
    expect(result.justUnder.status).to.equal(200);
    expect(result.crashed).to.deep.equal([]);
  });

  it('issues signed tokens bound to the buyer: a flood evicts nobody, another buyer can neither use nor decline them', async function () {
    this.timeout(60000); // 1,500 real HTTP lookups on a shared 2-core machine
    const result = await probe<Record<string, unknown>>('sessions');
    const alice = result.alice as {status: number; setCookie: string[]};
    expect(alice.status).to.equal(200);
    expect(alice.setCookie[0]).to.match(/^ab-demo-session=[\w-]+\.[\w-]+$/);
    expect(result.aliceSignIn).to.equal(200);
    expect(result.stolen).to.deep.equal([401, {error: {code: 'session-expired'}}]);
    expect(result.stolenSignIn).to.deep.equal([401, {error: {code: 'session-expired'}}]);
    expect(result.noCookie).to.equal(401);
    expect(result.declineByBob).to.equal(401);
    expect(result.alteredUse, 'an altered token').to.equal(401);
    // After 1,500 other lookups and all of the above, Alice's registration goes on.
    expect(result.aliceConvert).to.deep.equal([200, {shopUrl: 'https://www.amazon.ca/business?ref=ab-registration-demo'}]);
    expect(result.tokenFields).to.have.members(['sub', 'jti', 'email', 'status', 'exp']);
  });

  it('lets a token expire after 15 minutes and keeps no store of its own', async () => {
    const result = await probe<{fresh: unknown; expired: unknown; ownKeys: string[]}>('token-expiry');
    expect(result.fresh).to.deep.equal({shopUrl: 'https://www.amazon.ca/business?ref=ab-registration-demo'});
    expect(result.expired).to.deep.equal([401, 'session-expired']);
    expect(result.ownKeys).to.deep.equal(['handle']);
  });
});

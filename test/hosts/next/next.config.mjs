// The Next.js host (App Router, Turbopack): the endpoint is the vendor's own
// path, forwarded to the reference endpoint (same origin for the browser).
const endpoint = process.env.AB_ENDPOINT_ORIGIN ?? 'http://127.0.0.1:9';

export default {
  async rewrites() {
    return [{source: '/punchout/amazon-business', destination: `${endpoint}/punchout/amazon-business`}];
  },
};

/**
 * The protocol's version and the header that carries it, apart from the rest
 * of protocol.ts: the tile's first request (request.ts) needs only these, so
 * the first file holds no more of the protocol than that.
 */
export const PROTOCOL_VERSION = '1';
export const PROTOCOL_HEADER = 'AB-Registration-Protocol';

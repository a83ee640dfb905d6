/**
 * The protocol types a test case may name. Cases import them from here, never from the rpc or
 * transport layers, so the case catalogue stays independent of sockets and framing.
 */
export type { Payload } from '../rpc/codec.js';
export type { PeerCertificateInfo } from '../transport/client.js';
export type { Finding } from '../rpc/findings.js';

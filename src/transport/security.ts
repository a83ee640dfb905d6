import type { SecureVersion } from 'node:tls';
import type { SecurityProfile } from '../domain/security-profile.js';

export function isSecurityProfile(v: unknown): v is SecurityProfile {
  return v === 0 || v === 1 || v === 2 || v === 3;
}

export function usesTls(profile: SecurityProfile): boolean {
  return profile >= 2;
}

export function usesBasicAuth(profile: SecurityProfile): boolean {
  return profile === 1 || profile === 2;
}

/** TLS knobs. The defaults are what OCPP requires (TLS 1.2 or newer); the rest exists for negative cases. */
export interface TlsOptions {
  /** PEM certificate chain presented by this side (server cert, or client cert under profile 3). */
  cert?: string;
  key?: string;
  /** PEM CA certificates trusted for the peer's certificate. */
  ca?: string | string[];
  minVersion?: SecureVersion;
  maxVersion?: SecureVersion;
  /** OpenSSL cipher list, e.g. to offer only weak suites in a negative case. */
  ciphers?: string;
  /** Client side: SNI / name checked in the server certificate. */
  servername?: string;
  /** Client side: accept a server certificate that does not verify (default false: it must verify). */
  insecure?: boolean;
  /** Server side: more certificate/key pairs beside `cert`/`key`, e.g. an ECDSA one next to RSA (A00.FR.318: both kinds of cipher suite). */
  additionalCerts?: Array<{ cert: string; key: string }>;
  /**
   * Client side: a trust anchor in `ca` that is not self-signed (an intermediate, e.g. a new CSMS root signed by the
   * old one, M05) ends the chain by itself (OpenSSL X509_V_FLAG_PARTIAL_CHAIN).
   */
  allowPartialTrustChain?: boolean;
  /** Client side: accept a server key under A00.FR.502/503 (RSA < 2048, EC < 224 bits): only for a case that probes exactly that. */
  allowWeakServerKey?: boolean;
}

/** The `cert`/`key` a Node TLS server takes: one pair, or every pair when `additionalCerts` are given. */
export function serverCertKeys(tls: TlsOptions): { cert: string | string[]; key: string | string[] } {
  const cert = tls.cert ?? '';
  const key = tls.key ?? '';
  if (!tls.additionalCerts?.length) return { cert, key };
  return { cert: [cert, ...tls.additionalCerts.map((c) => c.cert)], key: [key, ...tls.additionalCerts.map((c) => c.key)] };
}

export const DEFAULT_TLS_MIN_VERSION: SecureVersion = 'TLSv1.2';

/**
 * The TLS 1.2 cipher suites of A00.FR.318 / A00.FR.421 (OpenSSL names): what a CSMS must support, and
 * (A00.FR.319 / A00.FR.422) the pairs a station supports. No CBC suite, nothing else.
 */
export const OCPP_TLS12_SUITES = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', // TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
  'ECDHE-ECDSA-AES256-GCM-SHA384', // TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
  'AES128-GCM-SHA256', // TLS_RSA_WITH_AES_128_GCM_SHA256
  'AES256-GCM-SHA384', // TLS_RSA_WITH_AES_256_GCM_SHA384
] as const;

/** TLS 1.3 suites (all AEAD); Node disables TLS 1.3 when a cipher list names none. */
export const TLS13_SUITES = ['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256'] as const;

/** What both sides offer unless a case asks otherwise: the A00.FR.318 suites under TLS 1.2, and TLS 1.3. */
export const DEFAULT_CIPHERS = [...OCPP_TLS12_SUITES, ...TLS13_SUITES].join(':');

/**
 * The cipher list a side uses: the case's own (negative cases), OpenSSL's whole list at security level 0
 * for TLS < 1.2 (OpenSSL refuses those at its default level), else DEFAULT_CIPHERS.
 */
export function cipherListFor(opts: TlsOptions): string {
  if (opts.ciphers) return opts.ciphers;
  const low = (v?: SecureVersion) => v === 'TLSv1' || v === 'TLSv1.1';
  return low(opts.minVersion) || low(opts.maxVersion) ? 'DEFAULT@SECLEVEL=0' : DEFAULT_CIPHERS;
}

/** A00.FR.502 / A00.FR.503: why a peer's certificate key is too weak, or undefined when it is strong enough. */
export function weakKeyProblem(cert: { bits?: number; keyType?: 'rsa' | 'ec' | 'other' }): string | undefined {
  if (typeof cert.bits !== 'number') return undefined;
  if (cert.keyType === 'rsa' && cert.bits < 2048) return `its RSA key has ${cert.bits} bits, under the 2048 of A00.FR.502`;
  if (cert.keyType === 'ec' && cert.bits < 224) return `its elliptic-curve key has ${cert.bits} bits, under the 224 of A00.FR.503`;
  return undefined;
}

export function basicAuthHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

export function parseBasicAuth(header: string | undefined): { username: string; password: string } | undefined {
  if (!header) return undefined;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m || !m[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

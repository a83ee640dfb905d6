/** Key generation and signing with Node's native crypto (pure-JS RSA key generation is far too slow). */
import { generateKeyPair as generateKeyPairCb, createPublicKey, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { encodeTlv, sequence, TAG, fromBinary } from './der.js';
import type { EcCurve, KeySpec } from './roles.js';

const generateKeyPairAsync = promisify(generateKeyPairCb);

const NODE_CURVE: Record<EcCurve, string> = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const CURVE_BY_NODE_NAME: Record<string, EcCurve> = {
  prime256v1: 'P-256', 'P-256': 'P-256', secp384r1: 'P-384', 'P-384': 'P-384', secp521r1: 'P-521', 'P-521': 'P-521',
};

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Runs on the libuv thread pool, so several keys are made in parallel. */
export async function generateKeyPair(spec: KeySpec): Promise<KeyPair> {
  if (spec.keyType === 'rsa') return generateKeyPairAsync('rsa', { modulusLength: spec.keyBits, publicExponent: 0x10001 });
  return generateKeyPairAsync('ec', { namedCurve: NODE_CURVE[spec.curve] });
}

/** Key type and size of a public or private key; undefined for anything but RSA and the NIST curves. */
export function describeKey(key: KeyObject): KeySpec | undefined {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa' && details?.modulusLength) return { keyType: 'rsa', keyBits: details.modulusLength };
  if (key.asymmetricKeyType === 'ec' && details?.namedCurve) {
    const curve = CURVE_BY_NODE_NAME[details.namedCurve];
    if (curve) return { keyType: 'ec', curve };
  }
  return undefined;
}

export type HashName = 'sha256' | 'sha384' | 'sha512';

export interface SignatureAlgorithm {
  hash: HashName;
  /** DER AlgorithmIdentifier. */
  algorithmIdentifier: Buffer;
}

const OID = {
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  ecdsaWithSHA512: '1.2.840.10045.4.3.4',
} as const;

export function encodeOid(oid: string): Buffer {
  return encodeTlv(TAG.OID, fromBinary(forge.asn1.oidToDer(oid).getBytes()));
}

const NULL = Buffer.from([0x05, 0x00]);

/**
 * The signature algorithm a CA key signs certificates and CSRs with: sha256WithRSAEncryption
 * for RSA (PKCS#1 v1.5, what every TLS stack verifies), ECDSA with the hash matching the curve.
 */
export function signatureAlgorithmFor(signer: KeyObject): SignatureAlgorithm {
  const spec = describeKey(signer);
  if (!spec) throw new Error(`unsupported signing key type ${signer.asymmetricKeyType ?? 'unknown'}`);
  if (spec.keyType === 'rsa') return { hash: 'sha256', algorithmIdentifier: sequence(encodeOid(OID.sha256WithRSAEncryption), NULL) };
  const [hash, oid] = spec.curve === 'P-256' ? (['sha256', OID.ecdsaWithSHA256] as const)
    : spec.curve === 'P-384' ? (['sha384', OID.ecdsaWithSHA384] as const)
      : (['sha512', OID.ecdsaWithSHA512] as const);
  return { hash, algorithmIdentifier: sequence(encodeOid(oid)) };
}

/** Signature algorithms accepted on CSRs (SHA-1 and MD5 are refused, A00.FR.504). */
export const ACCEPTED_SIGNATURE_OIDS: Record<string, { hash: HashName; keyType: 'rsa' | 'ec' }> = {
  '1.2.840.113549.1.1.11': { hash: 'sha256', keyType: 'rsa' },
  '1.2.840.113549.1.1.12': { hash: 'sha384', keyType: 'rsa' },
  '1.2.840.113549.1.1.13': { hash: 'sha512', keyType: 'rsa' },
  [OID.ecdsaWithSHA256]: { hash: 'sha256', keyType: 'ec' },
  [OID.ecdsaWithSHA384]: { hash: 'sha384', keyType: 'ec' },
  [OID.ecdsaWithSHA512]: { hash: 'sha512', keyType: 'ec' },
};

export function spkiDer(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'der' });
}

export function privateKeyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

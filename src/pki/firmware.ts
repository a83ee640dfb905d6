/**
 * Firmware signatures (OCPP 2.0.1 L01, 1.6 security extension SignedUpdateFirmware): SHA-256
 * over the whole image, RSA-PSS (L01.FR.04) or PKCS#1 v1.5 for RSA keys, ECDSA (DER) for EC keys.
 */
import { constants, createPrivateKey, sign, verify, X509Certificate, type KeyObject } from 'node:crypto';
import { HarnessError } from '../errors.js';

export type RsaSignatureScheme = 'pss' | 'pkcs1';

export interface FirmwareSignOptions {
  /** RSA keys only. Default 'pss', as L01.FR.04 prescribes. */
  rsaScheme?: RsaSignatureScheme;
}

function privateKey(keyPem: string): KeyObject {
  try {
    return createPrivateKey(keyPem);
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_PKI', `the firmware signing key is not a readable private key: ${(err as Error).message}`, undefined, { cause: err });
  }
}

function rsaOptions(key: KeyObject, scheme: RsaSignatureScheme | undefined, salt: number): { key: KeyObject; padding?: number; saltLength?: number } {
  if (key.asymmetricKeyType !== 'rsa' || scheme !== 'pss') return { key };
  return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: salt };
}

/** Base64 signature of the image. */
export function signFirmware(image: Buffer, signer: { keyPem: string }, opts: FirmwareSignOptions = {}): string {
  const key = privateKey(signer.keyPem);
  return sign('sha256', image, rsaOptions(key, opts.rsaScheme ?? 'pss', constants.RSA_PSS_SALTLEN_DIGEST)).toString('base64');
}

/**
 * A deliberately bad signature: well-formed and made with the right key, but over a different
 * image, so a verifier must reject it on the check itself rather than on parsing.
 */
export function badFirmwareSignature(image: Buffer, signer: { keyPem: string }, opts: FirmwareSignOptions = {}): string {
  return signFirmware(Buffer.concat([image, Buffer.from('tampered')]), signer, opts);
}

export interface FirmwareVerifyOptions {
  /** RSA schemes accepted; default both. */
  rsaSchemes?: readonly RsaSignatureScheme[];
}

/** True when the signature over the image verifies with the certificate's key; false on any failure. */
export function verifyFirmware(image: Buffer, signatureB64: string, certPem: string, opts: FirmwareVerifyOptions = {}): boolean {
  let key: KeyObject;
  try {
    key = new X509Certificate(certPem).publicKey;
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_PKI', `the firmware signing certificate is not readable: ${(err as Error).message}`, undefined, { cause: err });
  }
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(signatureB64)) return false;
  const signature = Buffer.from(signatureB64, 'base64');
  if (signature.length === 0) return false;
  const schemes = key.asymmetricKeyType === 'rsa' ? (opts.rsaSchemes ?? ['pss', 'pkcs1']) : [undefined];
  return schemes.some((scheme) => {
    try {
      return verify('sha256', image, rsaOptions(key, scheme, constants.RSA_PSS_SALTLEN_AUTO), signature);
    } catch {
      return false;
    }
  });
}

/**
 * A user's own PKI: the `tls.caFile`, `certFile` and `keyFile` of the config, read and checked once
 * before a run so that a wrong path or a key that does not match its certificate is a config error
 * naming the field, not a TLS failure blamed on the SUT halfway through a case.
 */
import { readFile } from 'node:fs/promises';
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { HarnessError } from '../errors.js';
import type { HarnessConfig } from './config.js';

export interface OwnTlsMaterial {
  /** PEM CA certificates from `tls.caFile`. */
  ca?: string;
  /** PEM certificate chain and key from `tls.certFile` / `tls.keyFile`. */
  cert?: string;
  key?: string;
  /** Key type of `cert`, so the harness knows which cipher suites it can serve. */
  keyType?: 'rsa' | 'ec' | 'other';
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

async function readPem(field: string, file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `tls.${field}: cannot read ${file}: ${(err as Error).message}`, { field, file }, { cause: err });
  }
}

function certificatesIn(field: string, file: string, pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERT) ?? [];
  if (!blocks.length) throw new HarnessError('OCPPH_ERR_CONFIG', `tls.${field}: ${file} holds no PEM certificate`, { field, file });
  return blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch (err) {
      throw new HarnessError('OCPPH_ERR_CONFIG', `tls.${field}: certificate ${i + 1} in ${file} cannot be parsed: ${(err as Error).message}`, { field, file }, { cause: err });
    }
  });
}

function privateKeyIn(file: string, pem: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `tls.keyFile: ${file} holds no usable PEM private key (${(err as Error).message})`, { field: 'keyFile', file }, { cause: err });
  }
}

/** Reads the own-PKI files the config names (none: an empty object). */
export async function readOwnTls(tls: HarnessConfig['tls']): Promise<OwnTlsMaterial> {
  const out: OwnTlsMaterial = {};
  if (tls.caFile) {
    out.ca = await readPem('caFile', tls.caFile);
    certificatesIn('caFile', tls.caFile, out.ca);
  }
  if (tls.certFile || tls.keyFile) {
    if (!tls.certFile || !tls.keyFile) throw new HarnessError('OCPPH_ERR_CONFIG', `tls.${tls.certFile ? 'keyFile' : 'certFile'} is missing: certFile and keyFile go together`);
    const cert = await readPem('certFile', tls.certFile);
    const key = await readPem('keyFile', tls.keyFile);
    const [leaf] = certificatesIn('certFile', tls.certFile, cert);
    const keyObject = privateKeyIn(tls.keyFile, key);
    if (!leaf?.checkPrivateKey(keyObject)) {
      throw new HarnessError('OCPPH_ERR_CONFIG', `tls.keyFile: ${tls.keyFile} is not the private key of the first certificate in ${tls.certFile}`, { field: 'keyFile' });
    }
    const type = keyObject.asymmetricKeyType;
    Object.assign(out, { cert, key, keyType: type === 'rsa' || type === 'rsa-pss' ? 'rsa' : type === 'ec' ? 'ec' : 'other' });
  }
  return out;
}

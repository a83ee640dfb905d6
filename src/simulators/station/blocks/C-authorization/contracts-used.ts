/**
 * The contract certificates (ISO 15118 Plug & Charge, C07) that authorized a session at the reference station: the
 * customer data it holds by customerCertificate (N09 / N10), found by the certificate's hash data (N10.FR.09: the
 * hashAlgorithm it was used with) and forgotten on a clear.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { certificateHashData } from '../../../../pki/hash-data.js';

export interface ContractUsed {
  emaid: string;
  /** The leaf's hash data as the AuthorizeRequest gave it (or as computed from the chain it carried). */
  hashData: Payload;
  describe: string;
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const lower = (v: unknown): string => String(v ?? '').toLowerCase();
const serial = (v: unknown): string => lower(v).replace(/^0+/, '');

/** Same certificate: hashAlgorithm, issuerNameHash, issuerKeyHash and serialNumber (hex, leading zeros aside). */
function same(a: Payload, b: Payload): boolean {
  return a.hashAlgorithm === b.hashAlgorithm && lower(a.issuerNameHash) === lower(b.issuerNameHash)
    && lower(a.issuerKeyHash) === lower(b.issuerKeyHash) && serial(a.serialNumber) === serial(b.serialNumber);
}

/** The leaf's hash data of an AuthorizeRequest's extra fields: iso15118CertificateHashData[0], or the certificate chain's leaf with its issuer. */
function leafOf(extra: Payload): Payload | undefined {
  const listed = (extra.iso15118CertificateHashData as Payload[] | undefined)?.[0];
  if (listed) {
    const { hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber } = listed;
    return { hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber };
  }
  const chain = typeof extra.certificate === 'string' ? extra.certificate.match(PEM) ?? [] : [];
  if (chain.length < 2) return undefined;
  return { ...certificateHashData(chain[0] as string, chain[1]) };
}

export class ContractsUsed {
  private readonly used: ContractUsed[] = [];

  /** An AuthorizeRequest with a contract certificate (`extra`) was Accepted for `emaid`. */
  record(emaid: string, extra: Payload): void {
    const hashData = leafOf(extra);
    if (!hashData || this.used.some((c) => same(c.hashData, hashData))) return;
    this.used.push({ emaid, hashData, describe: `contract certificate of eMAID ${emaid} (serial ${String(hashData.serialNumber)}) authorized a session at ${new Date().toISOString()}` });
  }

  matching(hashData: Payload): ContractUsed[] {
    return this.used.filter((c) => same(c.hashData, hashData));
  }

  /** Removes the contracts matching `hashData`; returns them. */
  forget(hashData: Payload): ContractUsed[] {
    const gone = this.matching(hashData);
    for (const c of gone) this.used.splice(this.used.indexOf(c), 1);
    return gone;
  }
}

/**
 * M Certificate management (M03-M06) of the reference station: the certificate store itself is A
 * Security's (security.ts: InstallCertificate, GetInstalledCertificateIds, DeleteCertificate with
 * hash data and the deletion rules); this block refines those answers, through the composed
 * handlers, with the faults of the M requirements the official validations check. After a new V2G
 * certificate it asks the CSMS for the OCSP status of its chain (certificate-status.ts, M06).
 */
import { createHash, X509Certificate } from 'node:crypto';
import type { BlockFactory, BlockInstance } from '../../block-host.js';
import type { Payload } from '../../../../rpc/codec.js';
import type { CallHandler, HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import { CertificateManagement16 } from './certificate-management-16.js';
import { CertificateStatus } from './certificate-status.js';

type Faults = (typeof FAULTS)[number]['name'];
type Host = Parameters<BlockFactory<Faults>>[0];

const statusOf = (r: HandlerResult): unknown => ('payload' in r ? r.payload.status : undefined);

function isExpired(pem: string): boolean {
  try {
    const cert = new X509Certificate(pem);
    return Date.parse(cert.validTo) < Date.now();
  } catch {
    return false;
  }
}

class CertificateManagement implements BlockInstance {
  private readonly status: CertificateStatus;

  constructor(private readonly host: Host) {
    this.status = new CertificateStatus(host);
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const { faults } = this.host;
    const install = composed.InstallCertificate;
    const ids = composed.GetInstalledCertificateIds;
    const del = composed.DeleteCertificate;
    const signed = composed.CertificateSigned;
    const table: HandlerTable = {};
    if (signed) {
      // M06.FR.07: a new V2G certificate, once installed: ask the OCSP status of it and of its sub-CAs.
      table.CertificateSigned = (async (p, call) => {
        const res = await signed(p, call);
        if (p.certificateType !== 'V2GCertificate' || statusOf(res) !== 'Accepted' || !('payload' in res)) return res;
        const before = res.after;
        return { payload: res.payload, after: async () => { await before?.(); await this.status.refresh(String(p.certificateChain)); } };
      }) satisfies CallHandler;
    }
    if (install) {
      table.InstallCertificate = (async (p, call) => {
        if (faults.has('install-not-stored')) return { payload: { status: 'Accepted' } };
        const res = await install(p, call);
        if (faults.has('install-accepts-expired') && statusOf(res) === 'Rejected' && isExpired(String(p.certificate))) return { payload: { status: 'Accepted' } };
        return res;
      }) satisfies CallHandler;
    }
    if (ids) {
      table.GetInstalledCertificateIds = (async (p, call) => {
        const res = await ids(p, call);
        if (!('payload' in res)) return res;
        if (faults.has('installed-ids-empty-accepted') && res.payload.status === 'NotFound') return { payload: { status: 'Accepted' } };
        if (faults.has('v2g-chain-no-children')) {
          for (const c of (res.payload.certificateHashDataChain as Payload[] | undefined) ?? []) delete c.childCertificateHashData;
        }
        if (faults.has('installed-ids-wrong-hash')) {
          const chain = (res.payload.certificateHashDataChain as Array<{ certificateHashData: Payload }> | undefined) ?? [];
          for (const c of chain) {
            const h = c.certificateHashData;
            // Not the hash of the issuer's key bits: the right value hashed once more.
            h.issuerKeyHash = createHash('sha256').update(String(h.issuerKeyHash)).digest('hex');
          }
        }
        return res;
      }) satisfies CallHandler;
    }
    if (del) {
      table.DeleteCertificate = (async (p, call) => {
        if (faults.has('delete-not-done')) {
          // Looks the certificate up as usual (a dry run on a copy is not possible): answer as if deleted, keep it.
          const listed = ids ? await ids({}, call) : undefined;
          const wanted = p.certificateHashData as Payload;
          const chain = (listed && 'payload' in listed ? (listed.payload.certificateHashDataChain as Array<{ certificateHashData: Payload }> | undefined) : undefined) ?? [];
          if (chain.some((c) => String(c.certificateHashData.serialNumber).toLowerCase() === String(wanted.serialNumber).toLowerCase())) return { payload: { status: 'Accepted' } };
        }
        const res = await del(p, call);
        if (faults.has('delete-unknown-accepted') && statusOf(res) === 'NotFound') return { payload: { status: 'Accepted' } };
        if (faults.has('station-certificate-deletable') && statusOf(res) === 'Failed') return { payload: { status: 'Accepted' } };
        return res;
      }) satisfies CallHandler;
    }
    return table;
  }
}

/** The block for a 2.0.1 station; a 1.6 one gets the security whitepaper's refinements (certificate-management-16.ts). */
export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new CertificateManagement(host) : host.version === '1.6' ? new CertificateManagement16(host) : undefined);

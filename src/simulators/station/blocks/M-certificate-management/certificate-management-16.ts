/**
 * 1.6 security whitepaper certificate management of the reference Charge Point: A Security keeps the
 * store and answers InstallCertificate, GetInstalledCertificateIds, DeleteCertificate and
 * CertificateSigned (1.6 spellings); this block adds the security event a rejected Central System root
 * gives (TC_078_CS step 3: InvalidCentralSystemCertificate) and the 1.6 faults of the OCTT validations.
 */
import { createHash } from 'node:crypto';
import type { BlockFactory, BlockInstance } from '../../block-host.js';
import type { Payload } from '../../../../rpc/codec.js';
import type { CallHandler, HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];
type Host = Parameters<BlockFactory<Faults>>[0];

const statusOf = (r: HandlerResult): unknown => ('payload' in r ? r.payload.status : undefined);

export class CertificateManagement16 implements BlockInstance {
  constructor(private readonly host: Host) {}

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const { faults, security } = this.host;
    const { InstallCertificate: install, GetInstalledCertificateIds: ids, DeleteCertificate: del, CertificateSigned: signed } = composed;
    const table: HandlerTable = {};
    if (install) {
      table.InstallCertificate = (async (p, call) => {
        // Fault (TC_075_x_CS step 4): Accepted, not stored.
        if (faults.has('install-not-stored')) return { payload: { status: 'Accepted' } };
        const res = await install(p, call);
        if (statusOf(res) !== 'Rejected') return res;
        // Fault (TC_078_CS step 2): an invalid/expired certificate Accepted.
        if (faults.has('install-accepts-expired')) return { payload: { status: 'Accepted' } };
        if (p.certificateType !== 'CentralSystemRootCertificate' || faults.has('no-invalid-central-system-certificate-event')) return res;
        // 1.6 security whitepaper (TC_078_CS step 3): a refused Central System root is a critical security event.
        return { payload: { status: 'Rejected' }, after: () => security.event('InvalidCsmsCertificate', 'InstallCertificate: invalid CentralSystemRootCertificate') };
      }) satisfies CallHandler;
    }
    if (ids) {
      table.GetInstalledCertificateIds = (async (p, call) => {
        const res = await ids(p, call);
        if (!('payload' in res) || !faults.has('installed-ids-wrong-hash')) return res;
        // Fault (TC_075_x_CS step 4): not the hash of the issuer's key bits: the right value hashed once more.
        for (const h of (res.payload.certificateHashData as Payload[] | undefined) ?? []) h.issuerKeyHash = createHash('sha256').update(String(h.issuerKeyHash)).digest('hex');
        return res;
      }) satisfies CallHandler;
    }
    if (del && ids) {
      table.DeleteCertificate = (async (p, call) => {
        if (faults.has('delete-not-done')) {
          // Fault (TC_076_CS step 6): answered as if deleted when the certificate is there; it is kept.
          const wanted = p.certificateHashData as Payload;
          const listed = await Promise.all(['CentralSystemRootCertificate', 'ManufacturerRootCertificate'].map((t) => ids({ certificateType: t }, call)));
          const hashes = listed.flatMap((r) => ('payload' in r ? ((r.payload.certificateHashData as Payload[] | undefined) ?? []) : []));
          if (hashes.some((h) => String(h.serialNumber).toLowerCase() === String(wanted.serialNumber).toLowerCase())) return { payload: { status: 'Accepted' } };
        }
        return del(p, call);
      }) satisfies CallHandler;
    }
    if (signed) {
      table.CertificateSigned = (async (p, call) => {
        const res = await signed(p, call);
        // Fault (TC_077_CS step 7): the invalid certificate is Rejected but no InvalidChargePointCertificate event is sent.
        if (faults.has('no-invalid-charge-point-certificate-event') && statusOf(res) === 'Rejected') return { payload: { status: 'Rejected' } };
        return res;
      }) satisfies CallHandler;
    }
    return table;
  }
}

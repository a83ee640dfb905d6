/**
 * M Certificate management of the reference CSMS (M03-M05): the default InstallCertificate,
 * GetInstalledCertificateIds and DeleteCertificate payloads (the operator's hint goes on top). The certificate installed for
 * each type is the PKI's (the "configured certificate of the specified certificateType"). It answers
 * GetCertificateStatus with the OCSP responder's answer (certificate-status.ts).
 */
import { HarnessError } from '../../../../errors.js';
import type { Payload } from '../../../../rpc/codec.js';
import { certificateHashData } from '../../../../pki/hash-data.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import type { HandlerTable, RequestContext } from '../../types.js';
import { getCertificateStatus } from './certificate-status.js';
import type { FAULTS } from './faults.js';
import { requests16, shapeRequest16 } from './certificate-management-16.js';

type Faults = (typeof FAULTS)[number]['name'];

/** The PKI role installed for each 2.0.1 certificateType (1.6: CentralSystemRootCertificate and ManufacturerRootCertificate). */
export const ROOT_ROLES: Readonly<Record<string, string>> = {
  CSMSRootCertificate: 'csms-root',
  CentralSystemRootCertificate: 'csms-root',
  ManufacturerRootCertificate: 'manufacturer-root',
  V2GRootCertificate: 'v2g-root',
  MORootCertificate: 'mo-root',
};

/** The operator's certificate (the hint), else the PKI's for the type. */
function certificateFor(ctx: RequestContext<Faults>, type: string, hint: Payload): string {
  if (typeof hint.certificate === 'string') return hint.certificate;
  if (!ctx.csms.pki) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'InstallCertificate: this CSMS has no PKI; give the certificate in the hint');
  return ctx.csms.pki.get(ROOT_ROLES[type] ?? 'csms-root').certPem;
}

const bareBase64 = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

class CsmsCertificateManagement {
  /** The CSMS root each station was last sent (InstallCertificate), as the CSMS's own record of it. */
  private readonly installedRoot = new Map<string, string>();

  handlers(): HandlerTable<Faults> {
    return { GetCertificateStatus: getCertificateStatus };
  }

  requests(): RequestBuilders<Faults> {
    return {
      '2.0.1': {
        InstallCertificate: (ctx, hint) => {
          const type = typeof hint.certificateType === 'string' ? hint.certificateType : 'CSMSRootCertificate';
          return { certificateType: type, certificate: certificateFor(ctx, type, hint) };
        },
        GetInstalledCertificateIds: () => ({}),
        // M04: the operator names what to delete (the hash data the station listed); the default: the PKI's CSMS root, SHA256.
        DeleteCertificate: (ctx, hint) => (hint.certificateHashData !== undefined ? {} : { certificateHashData: { ...certificateHashData(certificateFor(ctx, 'CSMSRootCertificate', {}), undefined, 'SHA256') } }),
      },
      '1.6': requests16(certificateFor),
    };
  }

  /** The faults act after the operator's hint named the type(s) and the certificate. */
  shapeRequest(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
    if (ctx.version === '1.6') return shapeRequest16(ctx, action, payload);
    if (ctx.version !== '2.0.1') return payload;
    if (action === 'InstallCertificate') {
      let out = payload;
      if (ctx.csms.hasFault('install-type-ignored')) out = { ...out, certificateType: 'CSMSRootCertificate' };
      if (ctx.csms.hasFault('install-certificate-not-pem')) out = { ...out, certificate: bareBase64(String(out.certificate)) };
      if (out.certificateType === 'CSMSRootCertificate' && typeof payload.certificate === 'string') this.installedRoot.set(ctx.stationId, payload.certificate);
      return out;
    }
    if (action === 'DeleteCertificate') {
      // Fault: names the certificate by the CSMS's own hash data (SHA512 of the root it installed), not the station's listing.
      const own = this.installedRoot.get(ctx.stationId);
      return ctx.csms.hasFault('delete-own-hash-data') && own ? { ...payload, certificateHashData: { ...certificateHashData(own, undefined, 'SHA512') } } : payload;
    }
    if (action !== 'GetInstalledCertificateIds') return payload;
    if (ctx.csms.hasFault('installed-ids-type-ignored') && payload.certificateType !== undefined) {
      const { certificateType: _dropped, ...rest } = payload;
      return rest;
    }
    if (ctx.csms.hasFault('installed-ids-type-always') && payload.certificateType === undefined) return { ...payload, certificateType: ['CSMSRootCertificate'] };
    return payload;
  }
}

export const create: CsmsBlockFactory<Faults> = (host) => (host.versions.length ? new CsmsCertificateManagement() : undefined);

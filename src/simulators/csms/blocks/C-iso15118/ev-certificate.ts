/**
 * Get15118EVCertificate (M01 install, M02 update) of the reference CSMS: it stands for the CSMS and the contract
 * certificate pool behind it, and answers Accepted with the EXI CertificateInstallationRes of fixtures/iso15118/
 * (opaque to OCPP, base64 as OCPP carries it).
 */
import { exiFixture } from '../../../../pki/iso15118-exi.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import { ok, type HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

export type Iso15118FaultName = (typeof FAULTS)[number]['name'];

const handlers: HandlerTable<Iso15118FaultName> = {
  Get15118EVCertificate: (p, ctx) => {
    const failed = (p.action === 'Install' && ctx.csms.hasFault('ev-certificate-install-failed'))
      || (p.action === 'Update' && ctx.csms.hasFault('ev-certificate-update-failed'));
    // exiResponse is required by the schema; a Failed answer carries an empty one (Part 6 TC_M_27_CS: "omitted").
    if (failed) return ok({ status: 'Failed', exiResponse: '' });
    return ok({ status: 'Accepted', exiResponse: exiFixture('certificate-installation-res') });
  },
};

export const create: CsmsBlockFactory<Iso15118FaultName> = (host) => (host.versions.some((v) => v !== '1.6') ? { handlers: () => handlers } : undefined);

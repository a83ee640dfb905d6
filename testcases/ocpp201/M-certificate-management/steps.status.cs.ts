/**
 * Steps of TC_M_24_CS / TC_M_25_CS (Get Charging Station Certificate status, station under test): the Before's memory
 * states (V2G and MO roots installed, RenewV2GChargingStationCertificate), established and not graded, then the
 * GetCertificateStatusRequests the station sends for its new V2G certificate and, errata 2025-09 6.2.85, each sub-CA
 * (M06.FR.07), answered as the case says.
 */
import { X509Certificate } from 'node:crypto';
import { CaseFailure, CaseInconclusive, type CaseContext, type PkiRole, type Request, type Response } from '../../kit.js';
import { signedChain, triggeredSignCertificate, CERTIFICATE_SIGNER } from '../_shared/certificates.cs.js';
import { configuredCertificate, installedForCase, restoringCertificates } from './steps.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
type StatusRequest = Request<'2.0.1', 'GetCertificateStatus'>;
type StatusResponse = Response<'2.0.1', 'GetCertificateStatus'>;

/** The sub-CAs of the configured V2G chain under the leaf, leaf-side first (the leaf is signed by the first). */
const V2G_SUB_CAS: readonly PkiRole[] = ['cpo-sub-ca2', 'cpo-sub-ca1'];

const serialOf = (pem: string): string => new X509Certificate(pem).serialNumber.toLowerCase().replace(/^0+(?=.)/, '');
const sameSerial = (p: StatusRequest, serial: string): boolean => String(p.ocspRequestData?.serialNumber ?? '').toLowerCase().replace(/^0+(?=.)/, '') === serial;

/** A failure of a step the case only establishes: INCONCLUSIVE, naming the state. */
async function established<T>(state: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof CaseFailure || (err instanceof Error && err.name === 'AssertionError')) throw new CaseInconclusive(`Memory State ${state} could not be established: ${err.message}`);
    throw err;
  }
}

/**
 * Before (memory states), then steps 1-2: the OCTT answers each GetCertificateStatusRequest with `answer`; with
 * `everyCertificate`, one is required for the leaf and each sub-CA. `onLeaf` learns the new leaf before the station
 * has it (e.g. to let the OCSP responder know it). Requests not waited for get the default answer (Failed).
 * Step 1: the station sends the requests (M06.FR.07); a missing one FAILs the case.
 */
export async function certificateStatusRequested(ctx: Ctx, answer: (request: StatusRequest) => StatusResponse,
  options: { onLeaf?: (leafPem: string) => void; everyCertificate: boolean }): Promise<void> {
  const { sut, ics } = ctx;
  const pki = await ctx.pki();
  await restoringCertificates(ctx, ['V2GRootCertificate', 'MORootCertificate'], async () => {
    // Memory State: CertificateInstalled for V2GRootCertificate and MORootCertificate.
    for (const type of ['V2GRootCertificate', 'MORootCertificate'] as const) await installedForCase(ctx, type, (await configuredCertificate(ctx, type)).pem);
    // Memory State: RenewV2GChargingStationCertificate (trigger, CSR, CertificateSigned Accepted).
    const sign = await established('RenewV2GChargingStationCertificate', () => triggeredSignCertificate(ctx, 'V2GCertificate'));
    const chain = await signedChain(ctx, String(sign.payload.csr), CERTIFICATE_SIGNER.V2GCertificate);
    options.onLeaf?.(chain.leafPem);
    // The requests follow the installation at once: armed before it.
    // TC_M_24_CS (errata 6.2.85): one for the leaf and one per sub-CA; TC_M_25_CS: a request (any of them).
    const expected: Array<{ what: string; serial?: string }> = options.everyCertificate
      ? [{ what: 'the V2G Charging Station certificate (leaf)', serial: serialOf(chain.leafPem) },
        ...V2G_SUB_CAS.map((role) => ({ what: `sub-CA ${role}`, serial: serialOf(pki.get(role).certPem) }))]
      : [{ what: 'a certificate of the new V2G chain' }];
    const waits = expected.map((e) => sut.expectCall('GetCertificateStatus', {
      filter: (p) => e.serial === undefined || sameSerial(p, e.serial), requirement: 'M06.FR.07', describe: `for ${e.what}`, timeoutMs: ics.timeouts.messageMs * 3,
    }));
    const res = await established('RenewV2GChargingStationCertificate', () => sut.call('CertificateSigned', { certificateChain: chain.chainPem, certificateType: 'V2GCertificate' }));
    if (res.status !== 'Accepted') throw new CaseInconclusive(`Memory State RenewV2GChargingStationCertificate: the station answered the CertificateSigned with ${res.status}`);
    // 1. GetCertificateStatusRequest, repeated for the leaf, SubCA2 and SubCA1 (errata 6.2.85). 2. The OCTT's answer.
    // Each is answered as it comes, in whatever order the station sends them.
    await Promise.all(waits.map(async (wait) => {
      const call = await wait;
      call.respond(answer(call.payload));
    }));
  });
}

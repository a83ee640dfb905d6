/**
 * Secure firmware update of the OCTT 1.6 §3.21.3 cases (TC_080_CSMS, TC_081_CSMS), Central System under test: the
 * test data (<Configured Firmware Download URL>, <Configured signingCertificate>, <Configured signature>) are a test
 * firmware on the harness's file server signed with the test PKI's firmware signing certificate; the operator makes
 * the Central System send SignedUpdateFirmware.req with them, and the simulated Charge Point downloads the firmware
 * for real and reports (security whitepaper L01), each report answered by the Central System.
 */
import { randomBytes } from 'node:crypto';
import { badFirmwareSignature, signFirmware, type CaseContext, type Request } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;
export type SignedFirmware16 = Request<'1.6', 'SignedUpdateFirmware'>['firmware'];

/** The test data: the firmware published on the file server, its signing certificate and its signature (`bad`: an invalid one). */
export async function signedFirmwareTestData(ctx: Ctx, signature: 'valid' | 'bad'): Promise<SignedFirmware16> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot offer a firmware');
  const server = await loader();
  const signer = (await ctx.pki()).get('firmware-signing');
  const image = Buffer.concat([Buffer.from('ocpp-harness signed test firmware\n'), randomBytes(8 * 1024)]);
  const name = `signedfirmware16/${randomBytes(6).toString('hex')}.bin`;
  server.store.publish(name, image);
  const protocol = ctx.ics.securityProfile >= 2 && server.protocols().includes('https') ? 'https' : server.protocols().includes('http') ? 'http' : server.protocols()[0]!;
  return {
    location: server.url(protocol, name), retrieveDateTime: new Date().toISOString(), signingCertificate: signer.certPem,
    signature: signature === 'bad' ? badFirmwareSignature(image, signer) : signFirmware(image, signer),
  };
}

/** 1-2. The Central System sends SignedUpdateFirmware.req (the operator enters the test data); answered Accepted. */
export async function signedUpdateFirmwareSent(ctx: Ctx, data: SignedFirmware16): Promise<Request<'1.6', 'SignedUpdateFirmware'>> {
  const req = await csmsSends(ctx, 'SignedUpdateFirmware', () => ({ status: 'Accepted' as const }), { hint: { firmware: data }, requirement: 'L01.FR.01' });
  return req.payload;
}

/** SignedFirmwareStatusNotification.req with the request's requestId; the Central System SHALL answer it. */
export const signedStatus = (ctx: Ctx, status: Request<'1.6', 'SignedFirmwareStatusNotification'>['status'], requestId: number): Promise<unknown> =>
  ctx.sut.call('SignedFirmwareStatusNotification', { status, requestId }, { requirement: 'L01.FR.01' });

/** [The Charge Point downloads the firmware] for real; the outcome is logged. */
export async function downloadFirmware(ctx: Ctx, location: string): Promise<void> {
  try {
    const bytes = await ctx.sut.fetchFile(location, { timeoutMs: ctx.ics.timeouts.messageMs * 4, maxBytes: 64 * 1024 * 1024 });
    ctx.log(`downloaded ${bytes.length} bytes from ${location}`);
  } catch (err) {
    ctx.log(`could not download ${location}: ${(err as Error).message}`);
  }
}

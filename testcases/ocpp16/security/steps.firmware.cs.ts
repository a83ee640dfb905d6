/**
 * Secure firmware update of the OCTT 1.6 §2.24.3 cases (TC_080_CS, TC_081_CS), Charge Point under test: a test
 * firmware on the harness's file server signed with the test PKI's firmware signing certificate (whose
 * manufacturer root the Charge Point is made to trust, ungraded, and which is removed after), SignedUpdateFirmware.req,
 * and the messages that follow, answered as the Central System (security whitepaper L01; OCPP 1.6 4.2, 4.9).
 */
import { randomBytes } from 'node:crypto';
import { badFirmwareSignature, signFirmware, type CaseContext, type Response } from '../../kit.js';
import { connectorIds } from '../_shared/states.cs.js';
import { certificateInstalled16, isHashOf16, listInstalled16, restoringCertificate16, storeCertificate } from './steps.cs.js';
import { fileServer16 } from './steps.getlog.cs.js';

type Ctx = CaseContext<'1.6', 'CS'>;

/** What the Charge Point did after SignedUpdateFirmware.req, in order. */
export interface SignedUpdate {
  statuses: string[];
  booted: boolean;
  /** Connectors (0 included) reported Available after the boot. */
  availableAfterBoot: Set<number>;
}

/** Statuses after which the Charge Point does nothing more for this request. */
const FINAL = new Set(['Installed', 'InvalidSignature', 'DownloadFailed', 'InstallationFailed', 'InstallVerificationFailed']);

/** Runs `body` with the test PKI's manufacturer root trusted by the Charge Point (installed when absent, removed after). */
export async function withManufacturerRoot<T>(ctx: Ctx, body: () => Promise<T>): Promise<T> {
  const root = await storeCertificate(ctx, 'ManufacturerRootCertificate');
  return restoringCertificate16(ctx, 'ManufacturerRootCertificate', async () => {
    if (!(await listInstalled16(ctx, 'ManufacturerRootCertificate')).some((h) => isHashOf16(h, root))) await certificateInstalled16(ctx, 'ManufacturerRootCertificate', root);
    return body();
  });
}

/**
 * 1. SignedUpdateFirmware.req: firmware.location <Configured firmware location> (the test firmware on the file
 * server), retrieveDateTime now, the firmware signing certificate and the signature (`bad`: one that does not verify).
 */
export async function signedUpdateFirmware(ctx: Ctx, signature: 'valid' | 'bad'): Promise<{ requestId: number; conf: Response<'1.6', 'SignedUpdateFirmware'> }> {
  const { fileServer, protocol } = await fileServer16(ctx);
  const signer = (await ctx.pki()).get('firmware-signing');
  const image = Buffer.concat([Buffer.from(`ocpp-harness signed test firmware for ${ctx.ics.station.id}\n`), randomBytes(16 * 1024)]);
  const name = `signedfirmware16/${randomBytes(6).toString('hex')}.bin`;
  fileServer.store.publish(name, image);
  const requestId = Math.floor(Date.now() / 1000) % 1_000_000;
  const conf = await ctx.sut.call('SignedUpdateFirmware', {
    requestId,
    firmware: {
      location: fileServer.url(protocol, name), retrieveDateTime: new Date().toISOString(), signingCertificate: signer.certPem,
      signature: signature === 'bad' ? badFirmwareSignature(image, signer) : signFirmware(image, signer),
    },
  }, { requirement: 'L01.FR.01' });
  return { requestId, conf };
}

/**
 * The messages after SignedUpdateFirmware.conf Accepted, answered as the Central System: SignedFirmwareStatusNotification.req,
 * BootNotification.req (Accepted), StatusNotification.req and SecurityEventNotification.req (by default); steps 11/13/15/17
 * may come in any order. Ends at a final status (after the boot's Available reports when it rebooted) or at `waitMs`.
 */
export async function followSignedUpdate(ctx: Ctx, waitMs: number): Promise<SignedUpdate> {
  const { sut, ics } = ctx;
  const seen: SignedUpdate = { statuses: [], booted: false, availableAfterBoot: new Set() };
  const all = [0, ...connectorIds(ctx)];
  const until = Date.now() + waitMs;
  const done = () => seen.statuses.some((s) => FINAL.has(s)) && (!seen.booted || all.every((c) => seen.availableAfterBoot.has(c)));
  for (let guard = 0; guard < 64 && !done(); guard += 1) {
    const left = until - Date.now();
    if (left <= 0) break;
    const call = await sut.expectCall(['SignedFirmwareStatusNotification', 'BootNotification', 'StatusNotification'], { timeoutMs: left, optional: true, describe: '(the firmware update)' })
      .catch(() => undefined);
    if (!call) break;
    if (call.action === 'BootNotification') {
      if (!call.answered) call.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
      seen.booted = true;
      seen.availableAfterBoot.clear();
    } else if (call.action === 'StatusNotification') {
      if (!call.answered) call.respond({});
      if (seen.booted && call.payload.status === 'Available') seen.availableAfterBoot.add(Number(call.payload.connectorId));
    } else {
      if (!call.answered) call.respond({});
      seen.statuses.push(String(call.payload.status));
    }
  }
  ctx.log(`SignedFirmwareStatusNotification: ${seen.statuses.join(', ') || 'none'}${seen.booted ? '; rebooted' : ''}`);
  return seen;
}

/** The step's status came, after those of the earlier steps (other statuses, e.g. InstallRebooting, may come between). */
export function expectStatusesInOrder(ctx: Ctx, seen: SignedUpdate, steps: ReadonlyArray<{ status: string; step: string; requirement: string }>): void {
  let from = 0;
  for (const s of steps) {
    const at = seen.statuses.indexOf(s.status, from);
    ctx.expect(at >= 0 ? s.status : `none after ${seen.statuses.slice(0, from).join(', ') || 'SignedUpdateFirmware.conf'} (got ${seen.statuses.join(', ') || 'nothing'})`,
      `${s.requirement}: ${s.step} SignedFirmwareStatusNotification.req status`).to.equal(s.status);
    from = at + 1;
  }
}

/**
 * Steps of the L Firmware management cases, CSMS under test: the harness plays the station. The operator
 * has the CSMS send UpdateFirmwareRequest for the configured firmware; the case checks the request as
 * Part 6's tool validations say, answers it and plays the station's FirmwareStatusNotification sequence.
 *
 * "<Configured signingCertificate>" is the test PKI's firmware signing certificate (`ocpp-harness certs
 * init`); "<Configured signature>" is a signature of the configured firmware image made with its key. The
 * image is the same for every case of a run (derived from the station id) and is offered on the harness's
 * file server when the run has one, so the operator configures the CSMS with it once. RSA-PSS and ECDSA
 * signatures differ at each signing, so the signature is checked by verifying it over that image.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { signFirmware, verifyFirmware, type CaseContext, type Payload, type Received, type Request, type Response } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { configured } from '../_shared/configured.js';
import { rebooted } from '../_shared/states.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
export type FirmwareStatus = Request<'2.0.1', 'FirmwareStatusNotification'>['status'];
export type UpdateFirmwareStatus = Response<'2.0.1', 'UpdateFirmware'>['status'];
export type UpdateFirmwareCall = Received<'2.0.1', 'UpdateFirmware'>;

export interface ConfiguredFirmware {
  image: Buffer;
  /** Where the harness's file server offers the image (absent: the run has no file server). */
  location?: string;
  signingCertificate: string;
  signature: string;
}

/** One image (and one signature, so the operator's hint stays the same) per station and signing certificate. */
const firmwares = new Map<string, ConfiguredFirmware>();

/** A deterministic 16 KiB image for the station: the same bytes in every case and every run. */
function firmwareImage(stationId: string): Buffer {
  const head = Buffer.from(`ocpp-harness test firmware for ${stationId}\n`);
  const blocks: Buffer[] = [head];
  let seed = createHash('sha256').update(head).digest();
  for (let i = 0; i < 512; i += 1) {
    blocks.push(seed);
    seed = createHash('sha256').update(seed).digest();
  }
  return Buffer.concat(blocks);
}

/** The configured firmware (see the file comment), published on the file server when there is one. */
export async function configuredFirmware(ctx: Ctx): Promise<ConfiguredFirmware> {
  const signer = (await ctx.pki()).get('firmware-signing');
  const key = `${ctx.ics.station.id}|${new X509Certificate(signer.certPem).fingerprint256}`;
  let firmware = firmwares.get(key);
  if (!firmware) {
    const image = firmwareImage(ctx.ics.station.id);
    firmware = { image, signingCertificate: signer.certPem, signature: signFirmware(image, signer) };
    firmwares.set(key, firmware);
  }
  const loader = ctx.settings.fileServer;
  if (!loader) return firmware;
  const server = await loader();
  const name = `firmware/${ctx.ics.station.id}.bin`;
  server.store.publish(name, firmware.image);
  const served = server.protocols();
  const protocol = (ctx.ics.securityProfile >= 2 && served.includes('https')) ? 'https' : served.includes('http') ? 'http' : served[0];
  return protocol ? { ...firmware, location: server.url(protocol, name) } : firmware;
}

export interface UpdateAsk {
  /** The OCTT's UpdateFirmwareResponse status. */
  answer: UpdateFirmwareStatus;
  /** Ask the CSMS for an installDateTime / retrieveDateTime in the future (TC_L_02 / TC_L_03 prerequisite). */
  installLater?: boolean;
  retrieveLater?: boolean;
  /** Step 1 validations of the case: firmware.signingCertificate (TC_L_01, TC_L_13), firmware.signature (TC_L_01). */
  checkCertificate?: boolean;
  checkSignature?: boolean;
  /** The case's id, for the step labels. */
  id: string;
}

const fingerprint = (pem: unknown): string | undefined => {
  try {
    return typeof pem === 'string' ? new X509Certificate(pem).fingerprint256 : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Manual action and "1. The CSMS sends a UpdateFirmwareRequest, 2. the OCTT responds with `answer`", with the
 * case's step 1 validations. The hint asks for the configured firmware (and the future times the case needs).
 */
export async function updateFirmware(ctx: Ctx, ask: UpdateAsk): Promise<UpdateFirmwareCall> {
  const { expect } = ctx;
  const firmware = await configuredFirmware(ctx);
  const hintFirmware: Payload = {
    ...(firmware.location ? { location: firmware.location } : {}),
    signingCertificate: firmware.signingCertificate, signature: firmware.signature,
    ...(ask.retrieveLater ? { retrieveDateTime: new Date(Date.now() + configured(ctx, 'firmwareDownloadOffsetMs')).toISOString() } : {}),
    ...(ask.installLater ? { installDateTime: new Date(Date.now() + configured(ctx, 'firmwareInstallOffsetMs')).toISOString() } : {}),
  };
  ctx.log(`asking the CSMS to update the firmware${firmware.location ? ` from ${firmware.location}` : ''}, signed with the test PKI's firmware signing certificate`
    + `${ask.retrieveLater ? ', download scheduled in the future' : ''}${ask.installLater ? ', installation scheduled in the future' : ''}`);
  const call = await csmsRequest(ctx, 'UpdateFirmware', () => ({ status: ask.answer }), { hint: { firmware: hintFirmware }, requirement: 'L01.FR.01' });
  const arrived = Date.now();
  const sent = call.payload.firmware;
  if (ask.checkCertificate) {
    expect(fingerprint(sent.signingCertificate) !== undefined && fingerprint(sent.signingCertificate) === fingerprint(firmware.signingCertificate),
      `${ask.id} step 1: UpdateFirmwareRequest firmware.signingCertificate is the configured signingCertificate (test PKI firmware-signing)`).to.equal(true);
  }
  if (ask.checkSignature) {
    const valid = typeof sent.signature === 'string' && verifyFirmware(firmware.image, sent.signature, firmware.signingCertificate);
    expect(valid, `${ask.id} step 1: UpdateFirmwareRequest firmware.signature is the configured signature (a signature of the configured firmware by the firmware signing key)`).to.equal(true);
  }
  if (ask.installLater) {
    expect(Date.parse(String(sent.installDateTime)) > arrived, `${ask.id} step 1: UpdateFirmwareRequest firmware.installDateTime (${String(sent.installDateTime)}) is a dateTime in the future`).to.equal(true);
  }
  if (ask.retrieveLater) {
    expect(Date.parse(String(sent.retrieveDateTime)) > arrived, `${ask.id} step 1: UpdateFirmwareRequest firmware.retrieveDateTime (${String(sent.retrieveDateTime)}) is a dateTime in the future`).to.equal(true);
  }
  return call;
}

/** "The OCTT sends a FirmwareStatusNotificationRequest with status S, the CSMS responds", for each status in turn. */
export async function firmwareStatuses(ctx: Ctx, requestId: number, statuses: readonly FirmwareStatus[]): Promise<void> {
  for (const status of statuses) {
    await ctx.sut.call('FirmwareStatusNotification', { status, requestId }, { requirement: 'L01.FR.01' });
  }
}

/** The longest the harness waits for a time the CSMS scheduled (a longer one is waited for this long). */
const MAX_SCHEDULE_WAIT_MS = 3_600_000;

/** "This step will be executed after the given installDateTime / retrieveDateTime from step 1 has been reached." */
export async function untilReached(ctx: Ctx, when: unknown, what: string): Promise<void> {
  const ms = Date.parse(String(when)) - Date.now();
  if (!(ms > 0)) return;
  if (ms > MAX_SCHEDULE_WAIT_MS) ctx.log(`the ${what} is ${Math.round(ms / 60_000)} min away; the harness waits ${MAX_SCHEDULE_WAIT_MS / 60_000} min at most`);
  await ctx.specifiedWait(Math.min(ms, MAX_SCHEDULE_WAIT_MS), `${what} from step 1`);
}

/** The statuses of a download that ends with the signature verified (L01.FR.01 steps). */
export const DOWNLOADED: readonly FirmwareStatus[] = ['Downloading', 'Downloaded', 'SignatureVerified'];

/**
 * "Installing, InstallRebooting; the OCTT sends BootNotificationRequest reason FirmwareUpdate (validated: the CSMS
 * responds Accepted, step `bootStep`), notifies the state of all connectors (Available), then FirmwareStatusNotification `last`".
 */
export async function installAndReboot(ctx: Ctx, requestId: number, caseId: string, bootStep: number, last: 'Installed' | 'InstallationFailed' = 'Installed'): Promise<void> {
  await firmwareStatuses(ctx, requestId, ['Installing', 'InstallRebooting']);
  await rebooted(ctx, { reason: 'FirmwareUpdate', requirement: `${caseId} step ${bootStep}` });
  await firmwareStatuses(ctx, requestId, [last]);
}

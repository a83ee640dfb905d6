/**
 * Publish / Unpublish Firmware (L03, L04), CSMS under test: the harness plays a Local Controller. The operator
 * has the CSMS send PublishFirmwareRequest for the configured firmware ("<Configured firmware_location>": the
 * configured firmware image of steps.csms.ts on the harness's file server); the case checks step 1's location,
 * answers, downloads the file from the location the CSMS sent (for real, StationSidePeer.fetchFile), verifies
 * the MD5 checksum (L03.FR.02) and plays the case's PublishFirmwareStatusNotification sequence.
 */
import { createHash } from 'node:crypto';
import { CaseInconclusive, adviseUnless, type CaseContext, type Received, type Request, type Response } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { configuredFirmware } from './steps.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;

/**
 * The ICS feature of the publish / unpublish cases: Part 5 (edition 3) gives them no profile and no feature, so
 * they apply to a CSMS whose ICS names this one (it publishes firmware on Local Controllers, L03 / L04).
 */
export const LOCAL_CONTROLLER = 'Local Controller firmware publishing';
export type PublishStatus = Request<'2.0.1', 'PublishFirmwareStatusNotification'>['status'];

const MAX_FIRMWARE_BYTES = 64 * 1024 * 1024;
const md5 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('hex');

/** "<Configured firmware_location>" and the MD5 of the image there: the configured firmware on the harness's file server. */
async function configuredLocation(ctx: Ctx): Promise<{ location: string; checksum: string }> {
  const firmware = await configuredFirmware(ctx);
  if (!firmware.location) throw new CaseInconclusive('this run has no file server: the configured firmware location is the configured firmware on the harness\'s file server (settings.fileServer)');
  return { location: firmware.location, checksum: md5(firmware.image) };
}

/**
 * Manual action, "1. The CSMS sends a PublishFirmwareRequest, 2. the OCTT responds Accepted", and step 1's
 * tool validation: location <Configured firmware_location>.
 */
export async function publishFirmware(ctx: Ctx, id: string): Promise<{ call: Received<'2.0.1', 'PublishFirmware'>; location: string }> {
  const configured = await configuredLocation(ctx);
  ctx.log(`asking the CSMS to publish the firmware ${configured.location} (MD5 ${configured.checksum}) on the local controller`);
  const call = await csmsRequest(ctx, 'PublishFirmware', () => ({ status: 'Accepted' as const }), { hint: configured, requirement: 'L03.FR.05' });
  ctx.expect(call.payload.location, `${id} step 1: PublishFirmwareRequest location is the configured firmware_location`).to.equal(configured.location);
  return { call, location: configured.location };
}

/**
 * The Local Controller downloads the firmware from the location the CSMS sent and checks its MD5 (L03.FR.02):
 * returns whether the checksum the CSMS sent is the file's. A download that fails, or a checksum that is not
 * the file's, is an advisory (the case's scripted statuses follow Part 6).
 */
export async function downloadAndVerify(ctx: Ctx, request: Request<'2.0.1', 'PublishFirmware'>): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await ctx.sut.fetchFile(request.location, { timeoutMs: ctx.ics.timeouts.messageMs * 4, maxBytes: MAX_FIRMWARE_BYTES });
  } catch (err) {
    adviseUnless(ctx, false, `the local controller could not download ${request.location}: ${(err as Error).message}`, 'L03');
    return false;
  }
  const actual = md5(bytes);
  ctx.log(`the local controller downloaded ${bytes.length} bytes from ${request.location}, MD5 ${actual}`);
  return adviseUnless(ctx, actual === request.checksum.toLowerCase(),
    `PublishFirmwareRequest checksum ${request.checksum} is not the MD5 of the firmware file at its location (${actual})`, 'L03.FR.02');
}

/** "The OCTT sends a PublishFirmwareStatusNotificationRequest with status S, the CSMS responds", for each status in turn. */
export async function publishStatuses(ctx: Ctx, requestId: number, statuses: readonly PublishStatus[], location?: string): Promise<void> {
  for (const status of statuses) {
    await ctx.sut.call('PublishFirmwareStatusNotification', { status, requestId, ...(status === 'Published' && location ? { location: [location] } : {}) }, { requirement: 'L03.FR.01' });
  }
}

export type UnpublishStatus = Response<'2.0.1', 'UnpublishFirmware'>['status'];

/** "1. The CSMS sends an UnpublishFirmwareRequest, 2. the OCTT responds with `status`" (tool validations: N/a). */
export async function unpublishFirmware(ctx: Ctx, status: UnpublishStatus): Promise<void> {
  const { checksum } = await configuredLocation(ctx);
  ctx.log(`asking the CSMS to unpublish the firmware with MD5 ${checksum} from the local controller`);
  const call = await csmsRequest(ctx, 'UnpublishFirmware', () => ({ status }), { hint: { checksum }, requirement: 'L04' });
  ctx.log(`UnpublishFirmwareRequest checksum ${call.payload.checksum}; answered ${status}`);
}

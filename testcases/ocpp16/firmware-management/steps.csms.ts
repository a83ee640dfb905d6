/**
 * Steps of the OCTT 1.6 §3.15 Firmware Management and §3.16 Diagnostics cases, Central System under test:
 * the operator makes the Central System send UpdateFirmware.req / GetDiagnostics.req (the harness answers),
 * then the harness's Charge Point reports the transfer as the case scripts it; the Central System SHALL
 * answer every report (4.4, 4.5). The firmware the harness offers (<Firmware Download URL from test data>)
 * is a dummy image on the harness's file server, which the simulated Charge Point really downloads.
 */
import { randomBytes } from 'node:crypto';
import type { CaseContext, RunningFileServer } from '../../kit.js';
import { booted, connectorIds, csmsSends, statusNotification } from '../_shared/states.csms.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;

async function fileServer(ctx: Ctx): Promise<RunningFileServer> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot offer a firmware');
  return loader();
}

/** <Firmware Download URL from test data>: a dummy firmware published on the harness's file server (FTP first). */
export async function firmwareUrl(ctx: Ctx): Promise<string> {
  const server = await fileServer(ctx);
  const name = `firmware16/${randomBytes(6).toString('hex')}.bin`;
  server.store.publish(name, Buffer.concat([Buffer.from('OCPPH-FIRMWARE-1.6\n'), randomBytes(4096)]));
  const protocol = server.protocols().includes('ftp') ? 'ftp' : server.protocols()[0]!;
  return server.url(protocol, name);
}

/** Steps 1-2: the Central System sends UpdateFirmware.req (the hint names `location` when given); answered UpdateFirmware.conf. */
export async function updateFirmwareSent(ctx: Ctx, location?: string): Promise<string> {
  const req = await csmsSends(ctx, 'UpdateFirmware', () => ({}), { requirement: '5.19', ...(location ? { hint: { location } } : {}) });
  return String(req.payload.location);
}

/**
 * Steps 1-2: the Central System sends GetDiagnostics.req; answered with the file the Charge Point will upload.
 * The location is the Central System's own choice (the document does not set it): the operator is offered a
 * directory on the harness's file server, for a Central System without an upload server of its own.
 */
export async function getDiagnosticsSent(ctx: Ctx, fileName: string): Promise<string> {
  const loader = ctx.settings.fileServer;
  const server = loader ? await loader() : undefined;
  const offered = server ? server.url(server.protocols().includes('ftp') ? 'ftp' : server.protocols()[0]!, `diagnostics16/${randomBytes(4).toString('hex')}`) : undefined;
  const req = await csmsSends(ctx, 'GetDiagnostics', () => ({ fileName }), { requirement: '5.9', ...(offered ? { hint: { location: offered } } : {}) });
  return String(req.payload.location);
}

/** The simulated Charge Point fetches the firmware for real; the outcome is logged (the case scripts the statuses). */
export async function download(ctx: Ctx, location: string): Promise<void> {
  try {
    const bytes = await ctx.sut.fetchFile(location, { timeoutMs: ctx.ics.timeouts.messageMs * 4, maxBytes: 64 * 1024 * 1024 });
    ctx.log(`downloaded ${bytes.length} bytes from ${location}`);
  } catch (err) {
    ctx.log(`could not download ${location}: ${(err as Error).message}`);
  }
}

/** The simulated Charge Point uploads a diagnostics log for real; a failure is an advisory when the case reports Uploaded. */
export async function upload(ctx: Ctx, location: string, fileName: string): Promise<boolean> {
  try {
    await ctx.sut.uploadFile(location, fileName, Buffer.from(`ocpp-harness simulated Charge Point diagnostics ${ctx.sut.now()}\n`), { timeoutMs: ctx.ics.timeouts.messageMs * 4 });
    ctx.log(`uploaded ${fileName} to ${location}`);
    return true;
  } catch (err) {
    ctx.log(`could not upload ${fileName} to ${location}: ${(err as Error).message}`);
    return false;
  }
}

export const firmwareStatus = (ctx: Ctx, status: string): Promise<unknown> => ctx.sut.call('FirmwareStatusNotification', { status } as never, { requirement: '4.5' });
export const diagnosticsStatus = (ctx: Ctx, status: string): Promise<unknown> => ctx.sut.call('DiagnosticsStatusNotification', { status } as never, { requirement: '4.4' });

/**
 * TC_044_1/3_CSMS steps 3-16: Downloading, Downloaded, every connector Unavailable, Installing, the reboot
 * (BootNotification, every connector Available), then `final` (Installed or InstallationFailed).
 */
export async function installSequence(ctx: Ctx, location: string, final: 'Installed' | 'InstallationFailed'): Promise<void> {
  await firmwareStatus(ctx, 'Downloading');
  await download(ctx, location);
  await firmwareStatus(ctx, 'Downloaded');
  for (const c of [0, ...connectorIds(ctx)]) await statusNotification(ctx, c, 'Unavailable');
  await firmwareStatus(ctx, 'Installing');
  await booted(ctx);
  await firmwareStatus(ctx, final);
}

/**
 * A firmware update of the station under test, as L01 and F06 (TC_F_19_CS) cases share it: the firmware the
 * harness offers (a generated image on the harness's file server, signed with the test PKI's firmware signing
 * key), the ManufacturerRootCertificate it chains to (installed when absent: a precondition, not graded), the
 * UpdateFirmwareRequest of step 1, the update's messages (each answered) and the cleanup that lets an update a
 * case started finish.
 */
import { randomBytes } from 'node:crypto';
import {
  CaseInconclusive, badFirmwareSignature, certificateHashData, signFirmware,
  type CaseContext, type FileProtocol, type Request, type Response, type RunningFileServer,
} from '../../kit.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** The result payload of a callRaw, or undefined for a CALLERROR, a timeout or a closed link. */
const resultOf = (o: { kind: string; payload?: unknown }): Record<string, unknown> | undefined => (o.kind === 'result' ? o.payload as Record<string, unknown> : undefined);

export interface FirmwareOffer {
  location: string;
  name: string;
  protocol: FileProtocol;
  signingCertificate: string;
  signature: string;
  fileServer: RunningFileServer;
}

const TWO_HOURS = 2 * 3600_000;
export const iso = (msFromNow: number): string => new Date(Date.now() + msFromNow).toISOString();

/** The protocol to offer: one the station lists in OCPPCommCtrlr.FileTransferProtocols and the file server serves (HTTPS first under TLS profiles). */
async function pickProtocol(ctx: Ctx, served: FileProtocol[]): Promise<FileProtocol> {
  const res = await ctx.sut.callRaw('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'FileTransferProtocols' } }] });
  const result = (resultOf(res)?.getVariableResult as Array<{ attributeStatus?: string; attributeValue?: string }> | undefined)?.[0];
  const listed = result?.attributeStatus === 'Accepted' ? String(result.attributeValue ?? '').split(',').map((s) => s.trim().toLowerCase()) : [];
  const order: FileProtocol[] = ctx.ics.securityProfile >= 2 ? ['https', 'http', 'ftp'] : ['http', 'https', 'ftp'];
  const usable = order.filter((p) => served.includes(p) && (listed.length === 0 || listed.includes(p)));
  if (usable.length === 0) throw new CaseInconclusive(`the station's FileTransferProtocols (${listed.join(', ') || 'unreadable'}) and the file server's protocols (${served.join(', ')}) have none in common: set fileServer.protocols`);
  ctx.log(`offering the firmware over ${usable[0]!.toUpperCase()} (FileTransferProtocols: ${listed.join(', ') || 'not reported'})`);
  return usable[0]!;
}

/**
 * The first line of an image the harness marks as one that fails its installation (TC_L_08_CS "<Configured invalid
 * firmware location>": an existing firmware, trusted and really signed, that causes InstallVerificationFailed).
 */
export const UNINSTALLABLE_FIRMWARE_HEADER = 'ocpp-harness test firmware, not installable\n';

/**
 * Publishes a fresh image and signs it: `signature: 'bad'` is a real signature with the right key over
 * other bytes (Part 6 TC_L_06: "should be a real signature"); `exists: false` offers a location with no file;
 * `installable: false` an image whose installation fails (UNINSTALLABLE_FIRMWARE_HEADER), validly signed.
 */
export async function offerFirmware(ctx: Ctx, opts: { signature?: 'valid' | 'bad'; exists?: boolean; installable?: boolean } = {}): Promise<FirmwareOffer> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot offer firmware');
  const fileServer = await loader();
  const pki = await ctx.pki();
  const signer = pki.get('firmware-signing');
  const head = opts.installable === false ? UNINSTALLABLE_FIRMWARE_HEADER : `ocpp-harness test firmware for ${ctx.ics.station.id}\n`;
  const image = Buffer.concat([Buffer.from(head), randomBytes(16 * 1024)]);
  const name = `firmware/${randomBytes(6).toString('hex')}.bin`;
  if (opts.exists !== false) fileServer.store.publish(name, image);
  const protocol = await pickProtocol(ctx, fileServer.protocols());
  const location = fileServer.url(protocol, opts.exists === false ? `${name}_does.not.exist` : name);
  return {
    location, name, protocol, fileServer,
    signingCertificate: signer.certPem,
    signature: opts.signature === 'bad' ? badFirmwareSignature(image, signer) : signFirmware(image, signer),
  };
}

/** Logs what the file server saw of the offered image (the report shows the case's steps). */
export function logTransfers(ctx: Ctx, offer: FirmwareOffer): number {
  const seen = offer.fileServer.store.summaries().filter((t) => t.name === offer.name || t.name.startsWith(`${offer.name}_`));
  for (const t of seen) ctx.log(`file server: ${t.direction} of ${t.name} over ${t.protocol.toUpperCase()}, ${t.size} bytes, sha256 ${t.sha256.slice(0, 16)}...`);
  if (seen.length === 0) ctx.log(`file server: no transfer of ${offer.name}`);
  return seen.length;
}

/**
 * Precondition (not graded): the station trusts the test PKI's manufacturer root, the issuer of the
 * firmware signing certificate. Installed with InstallCertificate when absent; the returned cleanup
 * deletes what this case installed.
 */
export async function manufacturerRootTrusted(ctx: Ctx): Promise<() => Promise<void>> {
  const pki = await ctx.pki();
  const rootPem = pki.get('manufacturer-root').certPem;
  const hash = certificateHashData(rootPem);
  const ids = await ctx.sut.callRaw('GetInstalledCertificateIds', { certificateType: ['ManufacturerRootCertificate'] });
  const chains = (resultOf(ids)?.certificateHashDataChain as Array<{ certificateHashData: { serialNumber: string; issuerKeyHash: string } }> | undefined) ?? [];
  const present = chains.some((c) => c.certificateHashData.serialNumber.toLowerCase().replace(/^0+/, '') === hash.serialNumber.toLowerCase().replace(/^0+/, '')
    && c.certificateHashData.issuerKeyHash.toLowerCase() === hash.issuerKeyHash.toLowerCase());
  if (present) return async () => {};
  const res = await ctx.sut.callRaw('InstallCertificate', { certificateType: 'ManufacturerRootCertificate', certificate: rootPem });
  const status = resultOf(res)?.status;
  if (status !== 'Accepted') {
    throw new CaseInconclusive(`precondition: the station did not install the test PKI's ManufacturerRootCertificate (InstallCertificate ${String(status ?? res.kind)}), so the test firmware's signing certificate cannot verify`);
  }
  ctx.log('precondition: installed the test PKI\'s ManufacturerRootCertificate (removed after the case)');
  return async () => { await ctx.sut.callRaw('DeleteCertificate', { certificateHashData: hash }); };
}

export type FirmwareRequest = Request<'2.0.1', 'UpdateFirmware'>;

/** Step 1: UpdateFirmwareRequest; retrieve and install two hours back unless the case schedules them. */
export async function updateFirmware(ctx: Ctx, requestId: number, firmware: Partial<FirmwareRequest['firmware']> & { location: string }, extra: Partial<FirmwareRequest> = {}): Promise<Response<'2.0.1', 'UpdateFirmware'>> {
  return ctx.sut.call('UpdateFirmware', {
    requestId, ...extra,
    firmware: { retrieveDateTime: iso(-TWO_HOURS), installDateTime: iso(-TWO_HOURS), ...firmware },
  });
}

export const requestIdFor = (): number => Math.floor(Date.now() / 1000) % 1_000_000;

export type FirmwareEvent =
  | { kind: 'status'; status: string; requestId: unknown; t: number }
  | { kind: 'security'; type: string }
  | { kind: 'boot'; reason: string };

/** The next message of a firmware update, answered (BootNotification Accepted); undefined when an optional wait runs out. */
export async function nextFirmwareEvent(ctx: Ctx, opts: { timeoutMs: number; requirement?: string; describe: string; optional?: boolean }): Promise<FirmwareEvent | undefined> {
  const { sut, ics } = ctx;
  const call = await sut.expectCall(['FirmwareStatusNotification', 'SecurityEventNotification', 'BootNotification'], opts)
    .catch((err: unknown) => { if (opts.optional) return undefined; throw err; });
  if (!call) return undefined;
  if (call.action === 'BootNotification') {
    if (!call.answered) call.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
    return { kind: 'boot', reason: String(call.payload.reason) };
  }
  if (!call.answered) call.respond({});
  if (call.action === 'SecurityEventNotification') return { kind: 'security', type: String(call.payload.type) };
  return { kind: 'status', status: String(call.payload.status), requestId: call.payload.requestId, t: call.t };
}

const TERMINAL = new Set(['Installed', 'DownloadFailed', 'InvalidSignature', 'InstallationFailed', 'InstallVerificationFailed']);

/**
 * Cleanup (not graded): a case that ended before the update it started did lets it run to a final status
 * (answering its messages and reboots), so the station is idle and connected for the next case.
 */
export async function settleFirmware(ctx: Ctx, events: FirmwareEvent[]): Promise<void> {
  const done = () => events.some((e) => e.kind === 'status' && TERMINAL.has(e.status));
  if (done()) return;
  const until = Date.now() + ctx.ics.timeouts.bootMs;
  while (!done() && Date.now() < until) {
    const e = await nextFirmwareEvent(ctx, { timeoutMs: until - Date.now(), describe: '(cleanup: letting the started update finish)', optional: true });
    if (!e) return;
    events.push(e);
  }
}

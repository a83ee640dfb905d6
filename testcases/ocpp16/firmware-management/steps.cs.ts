/**
 * Steps of the OCTT 1.6 §2.18 Firmware Management and §2.19 Diagnostics cases, Charge Point under test
 * (requirement ids: OCPP 1.6 sections, 4.4/4.5 the status notifications, 5.9 Get Diagnostics, 5.19 Update
 * Firmware). The firmware and the diagnostics go through the harness's file server, for real: a dummy
 * firmware published for download, a directory the diagnostics are uploaded into.
 */
import { randomBytes } from 'node:crypto';
import { CaseInconclusive, type CaseContext, type FileProtocol, type ReceivedCall, type RunningFileServer } from '../../kit.js';
import { connectorIds, getConfiguration } from '../_shared/states.cs.js';

type Ctx = CaseContext<'1.6', 'CS'>;

/** The dummy firmware a Charge Point supports starts with this line; any other file is "NOT supported" (TC_044_3_CS). */
export const DUMMY_FIRMWARE_HEADER = 'OCPPH-FIRMWARE-1.6\n';

export interface Offer {
  location: string;
  /** The file (firmware) or directory (diagnostics) name on the file server. */
  name: string;
  fileServer: RunningFileServer;
}

async function fileServer(ctx: Ctx): Promise<RunningFileServer> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot offer files');
  return loader();
}

/** Prerequisite: a protocol of SupportedFileTransferProtocols (9.1.30) that the file server serves; FTP first (most 1.6 Charge Points). */
async function pickProtocol(ctx: Ctx, served: FileProtocol[]): Promise<FileProtocol> {
  const { values } = await getConfiguration(ctx, ['SupportedFileTransferProtocols']);
  const raw = values.get('SupportedFileTransferProtocols')?.value;
  const listed = raw ? raw.split(',').map((s) => s.trim().toLowerCase()) : [];
  const usable = (['ftp', 'http', 'https'] as FileProtocol[]).filter((p) => served.includes(p) && (listed.length === 0 || listed.includes(p)));
  if (usable.length === 0) throw new CaseInconclusive(`the Charge Point's SupportedFileTransferProtocols (${raw ?? 'not reported'}) and the file server's protocols (${served.join(', ')}) have none in common: set fileServer.protocols`);
  ctx.log(`using ${usable[0]!.toUpperCase()} (SupportedFileTransferProtocols: ${raw ?? 'not reported'})`);
  return usable[0]!;
}

/** A dummy firmware on the file server: `supported` or a file that is not a firmware (TC_044_3_CS). */
export async function offerFirmware(ctx: Ctx, kind: 'supported' | 'unsupported'): Promise<Offer> {
  const server = await fileServer(ctx);
  const name = `firmware16/${randomBytes(6).toString('hex')}.${kind === 'supported' ? 'bin' : 'txt'}`;
  const body = randomBytes(8 * 1024);
  server.store.publish(name, kind === 'supported' ? Buffer.concat([Buffer.from(DUMMY_FIRMWARE_HEADER), body]) : Buffer.concat([Buffer.from('not a firmware\n'), body]));
  const protocol = await pickProtocol(ctx, server.protocols());
  return { location: server.url(protocol, name), name, fileServer: server };
}

/** A directory on the file server to upload diagnostics into. */
export async function diagnosticsLocation(ctx: Ctx): Promise<Offer> {
  const server = await fileServer(ctx);
  const name = `diagnostics16-${randomBytes(4).toString('hex')}`;
  return { location: server.url(await pickProtocol(ctx, server.protocols()), name), name, fileServer: server };
}

/**
 * TC_045_2_CS step 1: a location where the upload fails. The document's is ftp://127.0.0.1:21/files/failedLocation;
 * with the harness's FTP server, its address with credentials it refuses (so the failure is certain and seen).
 */
export async function failingLocation(ctx: Ctx): Promise<string> {
  const server = await fileServer(ctx);
  if (!server.protocols().includes('ftp')) return 'ftp://127.0.0.1:21/files/failedLocation';
  const url = new URL(server.url('ftp', 'files/failedLocation'));
  url.username = 'ocpph-refused';
  url.password = randomBytes(6).toString('hex');
  return url.href;
}

/** Logs what the file server saw under `name` and returns how many transfers. */
export function transfersOf(ctx: Ctx, offer: Offer, direction: 'upload' | 'download'): number {
  const seen = offer.fileServer.store.summaries().filter((t) => t.direction === direction && (t.name === offer.name || t.name.startsWith(`${offer.name}/`)));
  for (const t of seen) ctx.log(`file server: ${t.direction} of ${t.name} over ${t.protocol.toUpperCase()}, ${t.size} bytes`);
  if (seen.length === 0) ctx.log(`file server: no ${direction} of ${offer.name}`);
  return seen.length;
}

/** A status the sequence expects, with the step the document validates it at. */
export interface Expected {
  status: string;
  step: string;
  optional?: boolean;
}

export interface Followed {
  statuses: string[];
  booted: boolean;
}

function answer(ctx: Ctx, call: ReceivedCall): void {
  if (call.answered) return;
  call.respond(call.action === 'BootNotification' ? { currentTime: ctx.sut.now(), interval: ctx.ics.heartbeatInterval, status: 'Accepted' } : {});
}

/**
 * Follows a status sequence (FirmwareStatusNotification or DiagnosticsStatusNotification), answering each
 * message and, for a firmware update, the reboot (BootNotification Accepted) and the StatusNotifications.
 * Each status must be the next expected one (optional ones may be left out), else FAIL at its step.
 * With `boot` 'required' the Charge Point must reboot and then report every connector Available (TC_044_1_CS
 * steps 9/11; steps 9/13 in any order); 'optional': a reboot may come and then must report them Available.
 */
export async function follow(ctx: Ctx, action: 'FirmwareStatusNotification' | 'DiagnosticsStatusNotification', expected: readonly Expected[], into: Followed,
  opts: { boot?: 'required' | 'optional'; requirement: string }): Promise<void> {
  const { sut, ics } = ctx;
  const connectors = [0, ...connectorIds(ctx)];
  const available = new Set<number>();
  let at = 0;
  const sequenceDone = () => expected.slice(at).every((e) => e.optional);
  const bootDone = () => (into.booted ? connectors.every((c) => available.has(c)) : opts.boot !== 'required');
  for (let guard = 0; guard < 64 && !(sequenceDone() && bootDone()); guard += 1) {
    const next = expected.slice(at).find((e) => !e.optional) ?? expected[at];
    const what = !sequenceDone() ? `${action} ${next ? `${next.status} (${next.step})` : ''}` : into.booted ? 'StatusNotification Available of every connector after the reboot' : 'BootNotification (the reboot into the new firmware)';
    const call = await sut.expectCall([action, 'BootNotification', 'StatusNotification'], { timeoutMs: ics.timeouts.bootMs, requirement: opts.requirement, describe: `(waiting for the ${what})` });
    answer(ctx, call);
    if (call.action === 'BootNotification') { into.booted = true; available.clear(); continue; }
    if (call.action === 'StatusNotification') {
      if (into.booted && call.payload.status === 'Available') available.add(Number(call.payload.connectorId));
      continue;
    }
    const status = String(call.payload.status);
    into.statuses.push(status);
    let i = at;
    while (i < expected.length && expected[i]!.status !== status && expected[i]!.optional) i += 1;
    if (i >= expected.length || expected[i]!.status !== status) {
      const want = expected.slice(at).find((e) => !e.optional);
      ctx.fail(`${action}.req status ${status}${want ? `; ${want.step} expects ${want.status}` : ' after the sequence was complete'}`, opts.requirement);
    }
    at = i + 1;
  }
  if (!(sequenceDone() && bootDone())) ctx.fail(`the Charge Point sent more than 64 messages without completing the ${action} sequence`, opts.requirement);
}

const FINAL = new Set(['Installed', 'InstallationFailed', 'DownloadFailed', 'Uploaded', 'UploadFailed']);

/** Cleanup (not graded): lets a transfer the case started run to a final status, answering its messages and reboot. */
export async function settle(ctx: Ctx, action: 'FirmwareStatusNotification' | 'DiagnosticsStatusNotification', into: Followed): Promise<void> {
  const until = Date.now() + ctx.ics.timeouts.bootMs;
  while (!into.statuses.some((s) => FINAL.has(s)) && Date.now() < until) {
    const call = await ctx.sut.expectCall([action, 'BootNotification', 'StatusNotification'], { timeoutMs: until - Date.now(), optional: true, describe: '(cleanup: letting the transfer finish)' }).catch(() => undefined);
    if (!call) return;
    answer(ctx, call);
    if (call.action === action) into.statuses.push(String(call.payload.status));
  }
}

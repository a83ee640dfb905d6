/**
 * GetLog SecurityLog of the OCTT 1.6 §2.24 security cases (TC_079_CS), Charge Point under test: the log location
 * is a fresh directory on the harness's file server, over a protocol of the Charge Point's
 * SupportedFileTransferProtocols; the LogStatusNotification.req that follow are answered and validated, what
 * arrived is shown (an advisory when nothing came), and an upload the case started is let end in its cleanup.
 */
import { randomBytes } from 'node:crypto';
import { CaseInconclusive, adviseUnless, type CaseContext, type FileProtocol, type RunningFileServer } from '../../kit.js';
import { getConfiguration } from '../_shared/states.cs.js';

type Ctx = CaseContext<'1.6', 'CS'>;

export interface LogPlace16 {
  /** log.remoteLocation: <Configured log location>, a directory on the harness's file server. */
  location: string;
  dir: string;
  fileServer: RunningFileServer;
}

/** The file server, and a protocol of the Charge Point's SupportedFileTransferProtocols (9.1.30) it serves: HTTPS first on a TLS profile. */
export async function fileServer16(ctx: Ctx): Promise<{ fileServer: RunningFileServer; protocol: FileProtocol }> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot offer or receive files');
  const fileServer = await loader();
  const { values } = await getConfiguration(ctx, ['SupportedFileTransferProtocols']);
  const raw = values.get('SupportedFileTransferProtocols')?.value;
  const listed = raw ? raw.split(',').map((s) => s.trim().toLowerCase()) : [];
  const order: FileProtocol[] = ctx.ics.securityProfile >= 2 ? ['https', 'http', 'ftp'] : ['http', 'ftp', 'https'];
  const protocol = order.find((p) => fileServer.protocols().includes(p) && (listed.length === 0 || listed.includes(p)));
  if (!protocol) throw new CaseInconclusive(`the Charge Point's SupportedFileTransferProtocols (${raw ?? 'not reported'}) and the file server's protocols (${fileServer.protocols().join(', ')}) have none in common: set fileServer.protocols`);
  ctx.log(`file server over ${protocol.toUpperCase()} (SupportedFileTransferProtocols: ${raw ?? 'not reported'})`);
  return { fileServer, protocol };
}

/** <Configured log location>: a fresh directory on the file server. */
export async function logLocation16(ctx: Ctx): Promise<LogPlace16> {
  const { fileServer, protocol } = await fileServer16(ctx);
  const dir = `securitylog16-${randomBytes(4).toString('hex')}`;
  return { location: fileServer.url(protocol, dir), dir, fileServer };
}

export interface LogStatus16 {
  status: string;
  requestId: number | undefined;
}

/** The next LogStatusNotification.req, answered. */
export async function nextLogStatus16(ctx: Ctx, opts: { timeoutMs: number; requirement?: string; describe: string }): Promise<LogStatus16> {
  const call = await ctx.sut.expectCall('LogStatusNotification', opts);
  if (!call.answered) call.respond({});
  return { status: String(call.payload.status), requestId: typeof call.payload.requestId === 'number' ? call.payload.requestId : undefined };
}

/** Shows what the file server received in the log location; an advisory when nothing came (the expected behaviour, not a validation). */
export async function securityLogSeen(ctx: Ctx, place: LogPlace16, filename: string | undefined): Promise<void> {
  const inDir = (name: string) => (filename ? name === `${place.dir}/${filename}` : name.startsWith(`${place.dir}/`));
  const got = await place.fileServer.store.waitFor((t) => t.direction === 'upload' && inDir(t.name), { timeoutMs: ctx.ics.timeouts.messageMs, includePast: true });
  if (got) ctx.log(`file server: upload of ${got.name} over ${got.protocol.toUpperCase()}, ${got.bytes.length} bytes: ${JSON.stringify(got.bytes.subarray(0, 80).toString('utf8'))}`);
  adviseUnless(ctx, got !== undefined, `the Charge Point reported Uploaded but the file server received no ${filename ?? 'file'} in ${place.dir}/`, 'N01.FR.02');
}

/** Cleanup (ungraded): an upload the case started and did not see end is let finish, so the next case's GetLog does not cancel it. */
export async function settleLog16(ctx: Ctx, ended: boolean): Promise<void> {
  if (ended || !ctx.sut.isConnected()) return;
  const until = Date.now() + ctx.ics.timeouts.bootMs;
  while (Date.now() < until) {
    const call = await ctx.sut.expectCall('LogStatusNotification', { timeoutMs: until - Date.now(), describe: '(cleanup: letting the started upload end)', optional: true }).catch(() => undefined);
    if (!call) return;
    if (!call.answered) call.respond({});
    if (call.payload.status !== 'Uploading') return;
  }
}

/**
 * N01 Retrieve log information, charging station under test, as N01 and F06 (TC_F_16_CS) cases share it: the
 * remoteLocation the harness gives (a directory on its own file server, over a protocol the station lists in
 * FileTransferProtocols), the GetLogRequest, the LogStatusNotifications that follow (each answered), and the
 * cleanup that lets an upload a case started end before the next case.
 */
import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import {
  CaseInconclusive, type CaseContext, type FileProtocol, type Request, type Response, type RunningFileServer,
} from '../../kit.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
export type LogType = Request<'2.0.1', 'GetLog'>['logType'];

export interface LogPlace {
  /** The remoteLocation given to the station. */
  location: string;
  /** The directory on the file server (uploads land at dir/<filename>). */
  dir: string;
  protocol: FileProtocol;
  fileServer: RunningFileServer;
}

export interface LogStatus {
  status: string;
  requestId: number | undefined;
  at: number;
}

/** The statuses Part 6 TC_N_26_CS step 5 accepts for a failed upload (N01.FR.10). */
export const FAILED = ['UploadFailure', 'BadMessage', 'PermissionDenied', 'NotSupportedOperation'];
const TERMINAL = new Set(['Uploaded', 'AcceptedCanceled', ...FAILED]);

const resultOf = (o: { kind: string; payload?: unknown }): Record<string, unknown> | undefined => (o.kind === 'result' ? o.payload as Record<string, unknown> : undefined);

/** A protocol both the station (OCPPCommCtrlr.FileTransferProtocols) and the file server have. */
async function pickProtocol(ctx: Ctx, served: FileProtocol[]): Promise<FileProtocol> {
  const res = await ctx.sut.callRaw('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'FileTransferProtocols' } }] });
  const result = (resultOf(res)?.getVariableResult as Array<{ attributeStatus?: string; attributeValue?: string }> | undefined)?.[0];
  const listed = result?.attributeStatus === 'Accepted' ? String(result.attributeValue ?? '').split(',').map((s) => s.trim().toLowerCase()) : [];
  const order: FileProtocol[] = ctx.ics.securityProfile >= 2 ? ['https', 'http', 'ftp'] : ['http', 'ftp', 'https'];
  const usable = order.filter((p) => served.includes(p) && (listed.length === 0 || listed.includes(p)));
  if (usable.length === 0) throw new CaseInconclusive(`prerequisite: the station's FileTransferProtocols (${listed.join(', ') || 'unreadable'}) and the file server's protocols (${served.join(', ')}) have none in common: set fileServer.protocols`);
  ctx.log(`log server: ${usable[0]!.toUpperCase()} (FileTransferProtocols: ${listed.join(', ') || 'not reported'})`);
  return usable[0]!;
}

/** A port nothing listens on (bound, then released): an upload there is refused. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Prerequisite "a diagnostics logging server has been setup supporting one of the file transfer protocols
 * supported by the Charging Station": a fresh directory on the harness's file server. `failing`: the same
 * URL on a port nothing listens on, so every upload attempt fails (TC_N_26_CS).
 */
export async function logPlace(ctx: Ctx, opts: { failing?: boolean } = {}): Promise<LogPlace> {
  const loader = ctx.settings.fileServer;
  if (!loader) throw new Error('this run has no file server (ctx.settings.fileServer): the harness cannot receive a log');
  const fileServer = await loader();
  const protocol = await pickProtocol(ctx, fileServer.protocols());
  const dir = `logs/${randomBytes(6).toString('hex')}`;
  const url = new URL(fileServer.url(protocol, dir));
  if (opts.failing) {
    url.port = String(await closedPort());
    ctx.log(`remoteLocation ${url.protocol}//${url.host}${url.pathname}: nothing listens there, so the upload fails`);
  }
  return { location: url.href, dir, protocol, fileServer };
}

/** The requests this case started and those whose upload ended (terminal status seen). */
const uploads = new WeakMap<Ctx, { started: Set<number>; ended: Set<number> }>();
const track = (ctx: Ctx) => {
  const t = uploads.get(ctx) ?? { started: new Set<number>(), ended: new Set<number>() };
  uploads.set(ctx, t);
  return t;
};

export const logRequestId = (): number => Math.floor(Date.now() / 1000) % 1_000_000 + Math.floor(Math.random() * 1000);

/** 1. GetLogRequest with logType and remoteLocation (and retries / retryInterval when given). */
export async function getLog(ctx: Ctx, logType: LogType, requestId: number, place: LogPlace, extra: Partial<Request<'2.0.1', 'GetLog'>> = {}): Promise<Response<'2.0.1', 'GetLog'>> {
  const res = await ctx.sut.call('GetLog', { logType, requestId, log: { remoteLocation: place.location }, ...extra }, { requirement: 'N01.FR.01' });
  if (res.status === 'Accepted' || res.status === 'AcceptedCanceled') track(ctx).started.add(requestId);
  return res;
}

/** The next LogStatusNotificationRequest, answered; undefined when an optional wait runs out. */
export async function nextLogStatus(ctx: Ctx, opts: { timeoutMs: number; requirement?: string; describe: string; optional?: boolean }): Promise<LogStatus | undefined> {
  const call = await ctx.sut.expectCall('LogStatusNotification', opts).catch((err: unknown) => { if (opts.optional) return undefined; throw err; });
  if (!call) return undefined;
  if (!call.answered) call.respond({});
  const requestId = typeof call.payload.requestId === 'number' ? call.payload.requestId : undefined;
  if (TERMINAL.has(call.payload.status)) {
    // A requestId the case did not send (a wrong one) ends the oldest open upload.
    const t = track(ctx);
    const id = requestId !== undefined && t.started.has(requestId) ? requestId : [...t.started].find((s) => !t.ended.has(s));
    if (id !== undefined) t.ended.add(id);
  }
  return { status: call.payload.status, requestId, at: Date.now() };
}

/** How long an upload may take: the assembling and transfer of a real station's log. */
export const uploadWait = (ctx: Ctx): number => ctx.ics.timeouts.bootMs;

/** "requestId Same Id as the GetLogRequest" (N01.FR.07) and the status the step validates. */
export function expectLogStatus(ctx: Ctx, got: LogStatus, want: readonly string[], requestId: number, requirement: string, step: string): void {
  ctx.expect(got.status, `${requirement}: ${step} LogStatusNotificationRequest status ${want.join(' or ')}`).to.be.oneOf([...want]);
  ctx.expect(got.requestId, `N01.FR.07: ${step} LogStatusNotificationRequest requestId (the GetLogRequest's)`).to.equal(requestId);
}

/**
 * Cleanup (not graded): an upload this case started and whose end it did not see is let finish (its
 * LogStatusNotifications answered), so the next case's GetLog does not cancel it.
 */
export async function settleLogs(ctx: Ctx): Promise<void> {
  const t = track(ctx);
  const open = () => [...t.started].filter((id) => !t.ended.has(id));
  const until = Date.now() + uploadWait(ctx);
  while (open().length > 0 && Date.now() < until && ctx.sut.isConnected()) {
    const s = await nextLogStatus(ctx, { timeoutMs: until - Date.now(), describe: '(cleanup: letting the started upload end)', optional: true });
    if (!s) return;
  }
}

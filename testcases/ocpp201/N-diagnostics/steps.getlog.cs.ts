/**
 * N01 Retrieve log information, charging station under test: the remoteLocation the harness gives (a
 * directory on its own file server, over a protocol the station lists in FileTransferProtocols), the
 * GetLogRequest, the LogStatusNotifications that follow (each answered, its status and requestId
 * validated as Part 6 says), what arrived on the file server (shown in the step log; an advisory when
 * nothing came), and the cleanup that lets an upload a failed case started end before the next case.
 */
import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import {
  CaseInconclusive, adviseUnless, type CaseContext, type FileProtocol, type Request, type Response, type RunningFileServer,
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

/** Shows what the file server received in `place` (name, protocol, size, hash); an advisory when nothing came. */
export async function logUploadSeen(ctx: Ctx, place: LogPlace, filename: string | undefined): Promise<void> {
  const inDir = (name: string) => (filename ? name === `${place.dir}/${filename}` : name.startsWith(`${place.dir}/`));
  const got = await place.fileServer.store.waitFor((t) => t.direction === 'upload' && inDir(t.name), { timeoutMs: ctx.ics.timeouts.messageMs, includePast: true });
  if (got) ctx.log(`file server: upload of ${got.name} over ${got.protocol.toUpperCase()}, ${got.bytes.length} bytes, sha256 ${got.sha256.slice(0, 16)}...: ${JSON.stringify(got.bytes.subarray(0, 80).toString('utf8'))}`);
  adviseUnless(ctx, got !== undefined, `the station reported Uploaded but the file server received no ${filename ?? 'file'} in ${place.dir}/`, 'N01.FR.02');
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

/**
 * TC_N_25_CS / TC_N_35_CS: "1. GetLogRequest with logType <logType>, 2. GetLogResponse Accepted (TC_N_25: filename
 * not omitted AND not empty), 3-4. LogStatusNotificationRequest Uploading, 5-6. LogStatusNotificationRequest
 * Uploaded", both with the GetLogRequest's requestId. What arrived on the file server is shown.
 */
export async function logSuccess(ctx: Ctx, logType: LogType, opts: { filenameRequired: boolean }): Promise<void> {
  try {
    const place = await logPlace(ctx);
    const requestId = logRequestId();
    const res = await getLog(ctx, logType, requestId, place);
    ctx.expect(res.status, 'N01.FR.01: GetLogResponse status').to.equal('Accepted');
    if (opts.filenameRequired) ctx.expect(res.filename ?? '', 'N01.FR.01: GetLogResponse filename not omitted and not empty').to.not.equal('');
    const uploading = await nextLogStatus(ctx, { timeoutMs: uploadWait(ctx), requirement: 'N01.FR.08', describe: '(step 3: Uploading)' });
    expectLogStatus(ctx, uploading!, ['Uploading'], requestId, 'N01.FR.08', 'step 3');
    const uploaded = await nextLogStatus(ctx, { timeoutMs: uploadWait(ctx), requirement: 'N01.FR.09', describe: '(step 5: Uploaded)' });
    expectLogStatus(ctx, uploaded!, ['Uploaded'], requestId, 'N01.FR.09', 'step 5');
    await logUploadSeen(ctx, place, res.filename);
  } finally {
    await settleLogs(ctx);
  }
}

/**
 * TC_N_26_CS: GetLogRequest DiagnosticsLog, retries 3, retryInterval <Configured retryInterval>, to a location
 * where the upload fails. Step 3 Uploading (steps 3-4 optional after the first attempt), step 5 UploadFailure,
 * BadMessage, PermissionDenied or NotSupportedOperation, and the last of them 3 x retryInterval after the first
 * Uploading. Returns the statuses seen.
 */
export async function logFailure(ctx: Ctx, retryInterval: number): Promise<LogStatus[]> {
  const seen: LogStatus[] = [];
  try {
    const place = await logPlace(ctx, { failing: true });
    const requestId = logRequestId();
    const res = await getLog(ctx, 'DiagnosticsLog', requestId, place, { retries: 3, retryInterval });
    ctx.expect(res.status, 'N01.FR.01: GetLogResponse status').to.equal('Accepted');
    const first = await nextLogStatus(ctx, { timeoutMs: uploadWait(ctx), requirement: 'N01.FR.08', describe: '(step 3: Uploading)' });
    seen.push(first!);
    expectLogStatus(ctx, first!, ['Uploading'], requestId, 'N01.FR.08', 'step 3');
    // Every attempt may report (Uploading and) its failure: read until a failure came and the retries' time is over.
    const span = 3 * retryInterval * 1000;
    const slack = ctx.ics.timeouts.messageMs;
    for (let guard = 0; guard < 16; guard += 1) {
      const failed = seen.some((s) => FAILED.includes(s.status));
      const left = first!.at + span + slack - Date.now();
      if (failed && left <= 0) break;
      const s = await nextLogStatus(ctx, failed
        ? { timeoutMs: left, describe: '(a further attempt)', optional: true }
        : { timeoutMs: Math.max(left, 0) + uploadWait(ctx), requirement: 'N01.FR.10', describe: '(step 5: the failed upload)' });
      if (!s) break;
      seen.push(s);
      expectLogStatus(ctx, s, ['Uploading', ...FAILED], requestId, 'N01.FR.10', 'step 5');
    }
    const last = [...seen].reverse().find((s) => FAILED.includes(s.status));
    if (!last) ctx.fail('the station reported no failed upload (UploadFailure, BadMessage, PermissionDenied or NotSupportedOperation)', 'N01.FR.10');
    const elapsed = last.at - first!.at;
    ctx.log(`statuses: ${seen.map((s) => s.status).join(', ')}; the last failure ${elapsed} ms after Uploading (3 x retryInterval = ${span} ms)`);
    // Tool validation: the time from the first Uploading to the last failure equals 3 x retryInterval (the attempts themselves take a message's time).
    ctx.expect(elapsed >= span - 500 && elapsed <= span + slack, `Part 6 TC_N_26_CS: the last failure ${elapsed} ms after the first Uploading, 3 x <Configured retryInterval> = ${span} ms (within -500 / +${slack} ms)`).to.equal(true);
    return seen;
  } finally {
    await settleLogs(ctx);
  }
}

/**
 * TC_N_36_CS: 1-2. GetLogRequest <Configured logType>: Accepted; 3-4. Uploading; 5-6. a second GetLogRequest:
 * AcceptedCanceled; 7-8. LogStatusNotificationRequest AcceptedCanceled; 9-10. Uploading and 11-12. Uploaded,
 * with the second request's requestId.
 */
export async function logSecondRequest(ctx: Ctx, logType: LogType): Promise<void> {
  try {
    const place = await logPlace(ctx);
    const firstId = logRequestId();
    const first = await getLog(ctx, logType, firstId, place);
    ctx.expect(first.status, 'N01.FR.01: step 2 GetLogResponse status').to.equal('Accepted');
    const uploading = await nextLogStatus(ctx, { timeoutMs: uploadWait(ctx), requirement: 'N01.FR.08', describe: '(step 3: Uploading)' });
    expectLogStatus(ctx, uploading!, ['Uploading'], firstId, 'N01.FR.08', 'step 3');
    const secondId = firstId + 1;
    const second = await getLog(ctx, logType, secondId, place);
    ctx.expect(second.status, 'N01.FR.12: step 6 GetLogResponse status (the ongoing upload cancelled)').to.equal('AcceptedCanceled');
    // Steps 7, 9, 11: AcceptedCanceled (of the first upload) and the second upload's Uploading, then Uploaded.
    let canceled = false;
    let secondUploading = false;
    for (let guard = 0; guard < 8; guard += 1) {
      const wanted = !canceled ? 'step 7: AcceptedCanceled' : !secondUploading ? 'step 9: Uploading' : 'step 11: Uploaded';
      const s = (await nextLogStatus(ctx, { timeoutMs: uploadWait(ctx), requirement: !canceled ? 'N01.FR.20' : !secondUploading ? 'N01.FR.08' : 'N01.FR.09', describe: `(${wanted})` }))!;
      if (s.status === 'AcceptedCanceled' && !canceled) { canceled = true; continue; }
      if (s.status === 'Uploading' && !secondUploading) {
        expectLogStatus(ctx, s, ['Uploading'], secondId, 'N01.FR.08', 'step 9');
        secondUploading = true;
        continue;
      }
      if (s.status === 'Uploaded' && canceled && secondUploading) {
        expectLogStatus(ctx, s, ['Uploaded'], secondId, 'N01.FR.09', 'step 11');
        await logUploadSeen(ctx, place, second.filename);
        return;
      }
      ctx.fail(`the station sent LogStatusNotificationRequest ${s.status} (requestId ${String(s.requestId)}) where ${wanted} was expected`, !canceled ? 'N01.FR.20' : 'N01.FR.08');
    }
    ctx.fail('the station sent more than 8 LogStatusNotificationRequests without completing the second upload', 'N01.FR.09');
  } finally {
    await settleLogs(ctx);
  }
}

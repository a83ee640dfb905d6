/**
 * N01 Retrieve log information, charging station under test: the N cases' flows over the GetLog steps of
 * _shared/log-upload.cs.ts (the remoteLocation, the GetLogRequest, the LogStatusNotifications, the cleanup),
 * and what arrived on the file server (shown in the step log; an advisory when nothing came).
 */
import { adviseUnless, type CaseContext } from '../../kit.js';
import {
  FAILED, expectLogStatus, getLog, logPlace, logRequestId, nextLogStatus, settleLogs, uploadWait, type LogPlace, type LogStatus, type LogType,
} from '../_shared/log-upload.cs.js';

export {
  FAILED, expectLogStatus, getLog, logPlace, logRequestId, nextLogStatus, settleLogs, uploadWait, type LogPlace, type LogStatus, type LogType,
} from '../_shared/log-upload.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** Shows what the file server received in `place` (name, protocol, size, hash); an advisory when nothing came. */
export async function logUploadSeen(ctx: Ctx, place: LogPlace, filename: string | undefined): Promise<void> {
  const inDir = (name: string) => (filename ? name === `${place.dir}/${filename}` : name.startsWith(`${place.dir}/`));
  const got = await place.fileServer.store.waitFor((t) => t.direction === 'upload' && inDir(t.name), { timeoutMs: ctx.ics.timeouts.messageMs, includePast: true });
  if (got) ctx.log(`file server: upload of ${got.name} over ${got.protocol.toUpperCase()}, ${got.bytes.length} bytes, sha256 ${got.sha256.slice(0, 16)}...: ${JSON.stringify(got.bytes.subarray(0, 80).toString('utf8'))}`);
  adviseUnless(ctx, got !== undefined, `the station reported Uploaded but the file server received no ${filename ?? 'file'} in ${place.dir}/`, 'N01.FR.02');
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
    // Errata 2025-09 6.2.93: step 3 (Uploading) and step 5 (the failure) each sent exactly 1 or 4 times (one attempt, or the
    // first and its 3 retries); the case ends no earlier than 3 x retryInterval after the first Uploading (the loop above).
    const uploads = seen.filter((s) => s.status === 'Uploading').length;
    const failures = seen.filter((s) => FAILED.includes(s.status)).length;
    ctx.expect(uploads, 'N01.FR.08: Part 6 TC_N_26_CS step 3 LogStatusNotificationRequest Uploading sent exactly 1 or 4 times').to.be.oneOf([1, 4]);
    ctx.expect(failures, 'N01.FR.10: Part 6 TC_N_26_CS step 5 LogStatusNotificationRequest (failure) sent exactly 1 or 4 times').to.be.oneOf([1, 4]);
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

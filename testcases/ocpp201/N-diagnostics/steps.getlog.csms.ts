/**
 * N01 Retrieve log information, CSMS under test: the harness plays the station. The operator asks the
 * CSMS for a log (of a type); the case validates the GetLogRequest as Part 6 says, answers it, and sends
 * the LogStatusNotifications of the upload, which the CSMS must answer.
 */
import type { CaseContext, Received, Request, Response } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
type LogType = Request<'2.0.1', 'GetLog'>['logType'];
type LogStatus = Request<'2.0.1', 'LogStatusNotification'>['status'];
type GetLogStatus = Response<'2.0.1', 'GetLog'>['status'];

/**
 * "Manually instruct the CSMS to request a <logType>", "1. The CSMS sends a GetLogRequest, 2. the OCTT responds
 * with status <answer>". `logType`: checked as step 1's tool validation says (undefined: not validated).
 */
export async function logRequested(ctx: Ctx, ask: { logType?: LogType; answer: GetLogStatus }): Promise<Received<'2.0.1', 'GetLog'>> {
  ctx.log(`asking the CSMS for the ${ask.logType ?? 'diagnostics'} log of the station`);
  const call = await csmsRequest(ctx, 'GetLog', (r) => ({ status: ask.answer, ...(ask.answer === 'Rejected' ? {} : { filename: `${r.logType}-${r.requestId}.log` }) }),
    { hint: { logType: ask.logType ?? 'DiagnosticsLog' }, requirement: 'N01' });
  if (ask.logType) ctx.expect(call.payload.logType, 'N01: step 1 GetLogRequest logType').to.equal(ask.logType);
  ctx.log(`GetLogRequest requestId ${call.payload.requestId}, remoteLocation ${call.payload.log.remoteLocation}`);
  return call;
}

/** "The OCTT sends a LogStatusNotificationRequest with status <status>, requestId <the GetLogRequest's>; the CSMS responds". */
export async function logStatusSent(ctx: Ctx, status: LogStatus, requestId: number): Promise<void> {
  await ctx.sut.call('LogStatusNotification', { status, requestId }, { requirement: 'N01' });
}

/** TC_N_25_CSMS / TC_N_35_CSMS: GetLog of `logType` Accepted, then Uploading and Uploaded. */
export async function logUploaded(ctx: Ctx, logType: LogType): Promise<void> {
  const call = await logRequested(ctx, { logType, answer: 'Accepted' });
  await logStatusSent(ctx, 'Uploading', call.payload.requestId);
  await logStatusSent(ctx, 'Uploaded', call.payload.requestId);
}

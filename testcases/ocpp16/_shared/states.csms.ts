import type { Action, CaseContext, ConfiguredValueName, Payload, Peer, Received, ReceivedCall, Request, Response } from '../../kit.js';
import { fixedDefault } from './configured.js';
/**
 * OCPP 1.6J, Central System under test: the harness plays the Charge Point. The reusable states
 * of the 1.6 test-case document (Booted, Authorized, Charging) and the station's side of a
 * charging session, written once for every 1.6 CSMS case.
 *
 * Requirement ids are sections of the OCPP 1.6 specification (edition 2): "4.8: ..." blames
 * 4.8 Start Transaction; the security whitepaper's ids (A00.FR.xxx) are used as they are.
 */

/** A transaction of the simulated Charge Point; its id is the one the Central System issued. */
export interface Transaction16 {
  transactionId: number;
  connectorId: number;
  idTag: string;
  meterStart: number;
}

/** What the simulated Charge Point knows of itself across the steps of a case. */
export interface Station16 {
  /** Last status reported per connector (0 = the Charge Point itself). */
  readonly status: Map<number, string>;
  tx: Transaction16 | undefined;
  /** Energy register, Wh. */
  meterWh: number;
}

const stations = new WeakMap<Peer, Station16>();

export function station(ctx: CaseContext<'1.6', 'CSMS'>): Station16 {
  let s = stations.get(ctx.sut);
  if (!s) {
    s = { status: new Map(), tx: undefined, meterWh: 1_000 };
    stations.set(ctx.sut, s);
  }
  return s;
}

/** 1.6 connector ids: one connector per configured EVSE entry, numbered from 1 (3.8). */
export function connectorIds(ctx: CaseContext<'1.6', 'CSMS'>): number[] {
  return ctx.ics.evses.map((e) => e.id);
}

/** <Configured ConnectorId>: the first connector. */
export function connectorId(ctx: CaseContext<'1.6', 'CSMS'>): number {
  return connectorIds(ctx)[0] ?? 1;
}

export const validIdTag = (ctx: CaseContext<'1.6', 'CSMS'>): string => ctx.ics.idTokens.valid.idToken;

/** The "Configured ..." durations of the simulated Charge Point (ConnectionTimeOut): the config file's `configured:` section. */
export function configuredMs(ctx: CaseContext<'1.6', 'CSMS'>, name: Extract<ConfiguredValueName, 'evConnectionTimeoutMs'>): number {
  const v = (ctx.settings.configured as Record<string, unknown> | undefined)?.[name] ?? ctx.settings[name];
  return typeof v === 'number' && v >= 0 ? v : fixedDefault(ctx, name);
}

export const idTagStatus = (answer: Payload | undefined): unknown => (answer?.idTagInfo as Payload | undefined)?.status;

// --- booting ---------------------------------------------------------------------------------------

export function bootRequest(ctx: CaseContext<'1.6', 'CSMS'>): Request<'1.6', 'BootNotification'> {
  const s = ctx.ics.station;
  return {
    chargePointVendor: s.vendor, chargePointModel: s.model,
    ...(s.serialNumber ? { chargePointSerialNumber: s.serialNumber } : {}),
    ...(s.firmwareVersion ? { firmwareVersion: s.firmwareVersion } : {}),
  };
}

/** Advisory (beyond the document's tool validations): a currentTime further from ours than the configured time deviation. */
export function adviseTime(ctx: CaseContext<'1.6', 'CSMS'>, currentTime: unknown, message: string, requirement: string): void {
  const off = Math.abs(Date.parse(String(currentTime)) - Date.now());
  ctx.advise(`${message} currentTime ${String(currentTime)} is ${Number.isNaN(off) ? 'not a time' : `${off} ms from ours`} (allowed deviation ${ctx.ics.timeouts.maxTimeDeviationMs} ms)`,
    { requirement, holds: off <= ctx.ics.timeouts.maxTimeDeviationMs });
}

/** BootNotification; the Central System must accept the configured Charge Point with its current time (4.2). */
export async function bootAccepted(ctx: CaseContext<'1.6', 'CSMS'>): Promise<Payload> {
  const { sut, expect } = ctx;
  const res = await sut.call('BootNotification', bootRequest(ctx), { requirement: '4.2' });
  sut.bootStatus = String(res.status);
  expect(res.status, '4.2: BootNotification.conf status').to.equal('Accepted');
  // The OCTT 1.6 document validates the status only (e.g. Table 117): the time is an advisory (issue 12 section 2).
  adviseTime(ctx, res.currentTime, 'BootNotification.conf', '4.2');
  return res;
}

/**
 * Reusable State Booted: the Charge Point (re)boots — it drops its connection, comes back, sends
 * BootNotification (Accepted) and a StatusNotification per connector and for connectorId 0.
 */
export async function booted(ctx: CaseContext<'1.6', 'CSMS'>, statusOf: (connectorId: number) => StatusOf16 = () => 'Available'): Promise<Payload> {
  const { sut } = ctx;
  if (sut.isConnected()) await sut.disconnect();
  await sut.expectConnection();
  const res = await bootAccepted(ctx);
  await reportConnectors(ctx, statusOf);
  return res;
}

/** "[Send per connector and connectorId=0.]" StatusNotification; connectorId 0 knows only Available, Unavailable, Faulted (4.9). */
export async function reportConnectors(ctx: CaseContext<'1.6', 'CSMS'>, statusOf: (connectorId: number) => StatusOf16 = () => 'Available'): Promise<void> {
  await statusNotification(ctx, 0, 'Available');
  for (const id of connectorIds(ctx)) await statusNotification(ctx, id, statusOf(id));
}

// --- the Charge Point's messages -------------------------------------------------------------------

/** A 1.6 connector status. */
export type StatusOf16 = Request<'1.6', 'StatusNotification'>['status'];

/** StatusNotification.req; the Central System SHALL respond with StatusNotification.conf (4.9). */
export async function statusNotification(ctx: CaseContext<'1.6', 'CSMS'>, connector: number, status: StatusOf16, errorCode: Request<'1.6', 'StatusNotification'>['errorCode'] = 'NoError'): Promise<void> {
  station(ctx).status.set(connector, status);
  await ctx.sut.call('StatusNotification', { connectorId: connector, errorCode, status, timestamp: ctx.sut.now() }, { requirement: '4.9' });
}

/** Authorize.req with `idTag`; returns the idTagInfo status the Central System gave (4.1). */
export async function authorize(ctx: CaseContext<'1.6', 'CSMS'>, idTag: string): Promise<unknown> {
  const res = await ctx.sut.call('Authorize', { idTag }, { requirement: '4.1' });
  return idTagStatus(res);
}

/**
 * StartTransaction.req; the answer MUST carry a transaction id and an authorization status (4.8).
 * The transaction is the simulated Charge Point's from then on, whatever the status.
 */
export async function startTransaction(ctx: CaseContext<'1.6', 'CSMS'>, options: { idTag?: string; timestamp?: string } = {}): Promise<Payload> {
  const { sut, expect } = ctx;
  const s = station(ctx);
  const idTag = options.idTag ?? validIdTag(ctx);
  const meterStart = s.meterWh;
  const res = await sut.call('StartTransaction', { connectorId: connectorId(ctx), idTag, meterStart, timestamp: options.timestamp ?? sut.now() }, { requirement: '4.8' });
  expect(res.transactionId, '4.8: StartTransaction.conf transactionId (issued by the Central System)').to.be.a('number');
  s.tx = { transactionId: Number(res.transactionId), connectorId: connectorId(ctx), idTag, meterStart };
  return res;
}

/** StopTransaction.req for the running transaction; the Central System SHALL respond with StopTransaction.conf (4.10). */
export async function stopTransaction(ctx: CaseContext<'1.6', 'CSMS'>, reason: Request<'1.6', 'StopTransaction'>['reason'], options: { withIdTag?: boolean; timestamp?: string } = {}): Promise<Payload> {
  const s = station(ctx);
  const tx = s.tx;
  if (!tx) return ctx.fail('the simulated Charge Point has no transaction to stop (harness defect)');
  s.meterWh += 2_500;
  s.tx = undefined;
  return ctx.sut.call('StopTransaction', {
    transactionId: tx.transactionId, meterStop: s.meterWh, timestamp: options.timestamp ?? ctx.sut.now(), reason,
    ...(options.withIdTag === false ? {} : { idTag: tx.idTag }),
  }, { requirement: '4.10' });
}

// --- reusable states -------------------------------------------------------------------------------

/** Reusable State Authorized: the EV driver presents the configured valid idTag; Authorize.conf is Accepted (4.1). */
export async function authorized(ctx: CaseContext<'1.6', 'CSMS'>, idTag = validIdTag(ctx)): Promise<void> {
  ctx.expect(await authorize(ctx, idTag), '4.1: Authorize.conf idTagInfo.status').to.equal('Accepted');
}

/**
 * Reusable State Charging (Before: Authorized): the cable is plugged in (Preparing), the transaction
 * starts (StartTransaction.conf Accepted) and energy flows (Charging).
 */
export async function charging(ctx: CaseContext<'1.6', 'CSMS'>): Promise<Transaction16> {
  const { expect } = ctx;
  await authorized(ctx);
  // 1-2. StatusNotification Preparing on the configured connector.
  await statusNotification(ctx, connectorId(ctx), 'Preparing');
  // 3-4. StartTransaction with the configured valid idTag: Accepted.
  const res = await startTransaction(ctx);
  expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
  // 5-6. StatusNotification Charging.
  await statusNotification(ctx, connectorId(ctx), 'Charging');
  return station(ctx).tx as Transaction16;
}

// --- the Central System's requests -----------------------------------------------------------------

/**
 * Manual action "make the Central System send `action`": arms the wait, asks the operator, answers
 * the request with `answer(payload)` and returns it for the case to check (answering first keeps
 * the link clean when a check fails). An operator who cannot do it makes the case INCONCLUSIVE.
 */
export async function csmsSends<A extends Action<'1.6'>>(ctx: CaseContext<'1.6', 'CSMS'>, action: A, answer: (request: Request<'1.6', NoInfer<A>>) => Response<'1.6', NoInfer<A>>,
  options: { hint?: Payload; requirement?: string } = {}): Promise<Received<'1.6', A>> {
  const { sut, operator } = ctx;
  const incoming = sut.expectCall(action, options.requirement ? { requirement: options.requirement } : {});
  const asked = operator.do('csmsSend', { action, stationId: ctx.ics.station.id, ...(options.hint ? { hint: options.hint } : {}) });
  asked.catch(() => undefined);
  // Widened to the wire types here only: `answer` is typed for A by the caller.
  const call: ReceivedCall = await Promise.race([incoming, asked.then(() => incoming)]);
  call.respond(answer(call.payload as Request<'1.6', A>));
  await asked;
  return call as Received<'1.6', A>;
}

/**
 * After the Charge Point refused a request (Rejected, NotSupported, UnlockFailed...): the answer is
 * information for the Central System, not a failure of the link. It neither sends the request again
 * nor drops the connection, and keeps serving the Charge Point (a Heartbeat is answered).
 */
export async function refusalTaken(ctx: CaseContext<'1.6', 'CSMS'>, action: Action<'1.6'>, requirement: string): Promise<void> {
  const { sut, expect } = ctx;
  await sut.expectNoCall(action, ctx.ics.timeouts.messageMs, { requirement, describe: 'again after the Charge Point refused it' });
  expect(sut.isConnected(), `${requirement}: the connection is still open after the refusal`).to.equal(true);
  const hb = await sut.call('Heartbeat', {}, { requirement: '4.6' });
  adviseTime(ctx, hb.currentTime, 'Heartbeat.conf', '4.6');
}

// --- connectivity ----------------------------------------------------------------------------------

/** [Remove connectivity between Charge Point and Central System.] Returns the moment the station went offline. */
export async function goOffline(ctx: CaseContext<'1.6', 'CSMS'>): Promise<Date> {
  const since = new Date();
  await ctx.sut.disconnect();
  return since;
}

/** [Restore connectivity.] The station connects again; no BootNotification, it did not reboot. */
export async function goOnline(ctx: CaseContext<'1.6', 'CSMS'>): Promise<void> {
  await ctx.sut.expectConnection();
}

/**
 * General precondition "the Charge Point is idle": ends a transaction a previous case left running
 * and frees the connector. Best effort: what the Central System answers is not judged here (the
 * case that left it so has its verdict already).
 */
export async function stationIdle(ctx: CaseContext<'1.6', 'CSMS'>): Promise<void> {
  const { sut } = ctx;
  const s = station(ctx);
  const id = connectorId(ctx);
  const status = s.status.get(id) ?? 'Available';
  if (!sut.isConnected() || (!s.tx && status === 'Available')) return;
  ctx.log('the simulated Charge Point returns to idle');
  if (s.tx) {
    const tx = s.tx;
    s.tx = undefined;
    s.meterWh += 500;
    await sut.callRaw('StopTransaction', { transactionId: tx.transactionId, idTag: tx.idTag, meterStop: s.meterWh, timestamp: sut.now(), reason: 'Local' });
    await sut.callRaw('StatusNotification', { connectorId: id, errorCode: 'NoError', status: 'Finishing', timestamp: sut.now() });
  }
  s.status.set(id, 'Available');
  await sut.callRaw('StatusNotification', { connectorId: id, errorCode: 'NoError', status: 'Available', timestamp: sut.now() });
}

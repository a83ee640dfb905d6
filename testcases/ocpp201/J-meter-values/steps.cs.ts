import type { CaseContext, Payload } from '../../kit.js';
import { configured, type ConfiguredName } from '../_shared/configured.js';
import { readVariable, transactionCase, txSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';

/**
 * What the J Meter values cases (station under test) share: the Configuration States, the measurand lists the
 * station reports, and the tool validations of Part 6 2.11 that recur (context, an element per configured
 * measurand, the intervals between timestamps, errata 2025-09 6.2.58 on location EV).
 */

export const core = (condition: string) => ({ profile: 'Core', condition });

export const REGISTER = 'Energy.Active.Import.Register';

/** A configured interval in whole seconds for the station's device model (at least 1). */
export const seconds = (ctx: CaseContext<'2.0.1', 'CS'>, name: ConfiguredName): number => Math.max(1, Math.ceil(configured(ctx, name) / 1000));

export const setting = (component: string, variable: string, value: string, optional = false): VariableSetting & { optional?: boolean } =>
  ({ component, variable, value, ...(optional ? { optional } : {}) });

/** AlignedDataCtrlr.SendDuringIdle (If implemented). */
export const sendDuringIdle = (value: boolean) => setting('AlignedDataCtrlr', 'SendDuringIdle', String(value), !value);

/** A measurand list of the station's device model (e.g. AlignedDataCtrlr.Measurands) as it reports it. */
export async function listVariable(ctx: CaseContext<'2.0.1', 'CS'>, component: string, variable: string): Promise<string[]> {
  const value = await readVariable(ctx, { component, variable });
  return (value ?? '').split(',').map((m) => m.trim()).filter(Boolean);
}

/** The meterValue elements of a MeterValues or TransactionEvent request (typed or not). */
export const meterValuesOf = (p: object): Payload[] => ((p as { meterValue?: unknown }).meterValue as Payload[] | undefined) ?? [];
export const sampledValuesOf = (mv: Payload): Payload[] => (mv.sampledValue as Payload[] | undefined) ?? [];
export const firstContext = (mv: Payload): unknown => sampledValuesOf(mv)[0]?.context;

/**
 * The checks of one reported MeterValue: sampledValue[0].context is `context`, and its sampled values contain an
 * element per configured measurand (the measurand field may be omitted for the energy register).
 */
export function checkMeterValue(ctx: CaseContext<'2.0.1', 'CS'>, mv: Payload, context: string, measurands: string[], what: string): void {
  const sampled = sampledValuesOf(mv);
  ctx.expect(sampled[0]?.context, `${what}: sampledValue[0].context`).to.equal(context);
  for (const m of measurands) {
    const found = sampled.some((v) => v.measurand === m || (m === REGISTER && v.measurand === undefined));
    ctx.expect(found, `${what}: sampledValue contains an element for the configured measurand ${m}`).to.equal(true);
  }
  checkLocations(ctx, [mv], what);
}

/** Errata 2025-09 6.2.58 (every J case): no sampled value has location EV, except for measurand SoC. */
export function checkLocations(ctx: CaseContext<'2.0.1', 'CS'>, meterValues: Payload[], what: string): void {
  for (const v of meterValues.flatMap(sampledValuesOf)) {
    if (v.location === 'EV') ctx.expect(v.measurand, `${what}: a sampledValue with location EV is SoC (errata 2025-09 6.2.58)`).to.equal('SoC');
  }
}

/**
 * Timestamps are second-granular at many stations and a sample is taken when due, not to the millisecond:
 * two timestamps an interval apart may differ from it by this much.
 */
const TIMESTAMP_TOLERANCE_MS = 500;

/**
 * Post scenario validation: "the intervals between the timestamps must equal the configured interval"; messages
 * sharing a timestamp (several per interval are allowed) count once.
 */
export function checkIntervals(ctx: CaseContext<'2.0.1', 'CS'>, timestamps: unknown[], intervalS: number, what: string): void {
  const times = [...new Set(timestamps.map((t) => Date.parse(String(t))))].filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  for (let i = 1; i < times.length; i += 1) {
    const gap = times[i]! - times[i - 1]!;
    ctx.expect(Math.abs(gap - intervalS * 1000) <= TIMESTAMP_TOLERANCE_MS,
      `${what}: ${gap} ms between ${new Date(times[i - 1]!).toISOString()} and ${new Date(times[i]!).toISOString()} equals the configured ${intervalS} s`).to.equal(true);
  }
}

/** The TransactionEvent Ended of the session's transaction, as received. */
export function endedEvent(ctx: CaseContext<'2.0.1', 'CS'>): Payload | undefined {
  const id = txSession(ctx).transactionId;
  return ctx.sut.receivedPayloads('TransactionEvent').find((p) => p.eventType === 'Ended' && p.transactionInfo.transactionId === id) as Payload | undefined;
}

/**
 * "Execute Reusable State ParkingBayUnoccupied after the <Configured transaction duration>": the samples of
 * TransactionEvent Ended are taken every TxEndedInterval, so the transaction runs at least two intervals (and
 * a half) beyond that, or the Ended event could carry no sample to validate.
 */
export function chargingTimeMs(ctx: CaseContext<'2.0.1', 'CS'>, intervalS: number): number {
  return Math.max(configured(ctx, 'transactionDurationMs'), intervalS * 2_500);
}

/** The sampled values' signedMeterValue checks (J01.FR.21 / J02.FR.21): present, with a publicKey ("" or a key). */
export function checkSigned(ctx: CaseContext<'2.0.1', 'CS'>, mv: Payload, what: string): void {
  const signed = sampledValuesOf(mv).map((v) => v.signedMeterValue as Payload | undefined).find((v) => v !== undefined);
  ctx.expect(signed, `${what}: sampledValue.signedMeterValue is not omitted`).to.be.an('object');
  ctx.expect(signed?.publicKey, `${what}: sampledValue.signedMeterValue.publicKey exists ("" or a public key, OCPPCommCtrlr.PublicKeyWithSignedMeterValue)`).to.be.a('string');
}

/**
 * Configuration State "TxStartPoint contains X (note: at least one of `allowed`)": a station whose TxStartPoint has
 * one of them (and, for TC_J_07_CS, not ParkingBayOccupancy) keeps it; otherwise TxStartPoint is set to `value`.
 */
export async function startPointAmong(ctx: CaseContext<'2.0.1', 'CS'>, allowed: string[], value: string): Promise<VariableSetting[]> {
  const current = await listVariable(ctx, 'TxCtrlr', 'TxStartPoint');
  const keeps = current.some((p) => allowed.includes(p)) && (allowed.includes('ParkingBayOccupancy') || !current.includes('ParkingBayOccupancy'));
  return keeps ? [] : [setting('TxCtrlr', 'TxStartPoint', value)];
}

export interface ClockAlignedReport {
  action: 'MeterValues' | 'TransactionEvent';
  payload: Payload;
}

/**
 * TC_J_02_CS steps 1-4: the clock-aligned meter values a station sends while a transaction runs, as MeterValues
 * (the main meter, idle EVSEs, or the EVSE itself) or as TransactionEvent with triggerReason MeterValueClock
 * (J01.FR.22 allows either), each answered at once. The OCTT ends after the <Configured transaction duration>;
 * the harness waits at least three intervals, so that the values can come at all.
 */
export async function clockAlignedReports(ctx: CaseContext<'2.0.1', 'CS'>, intervalS: number): Promise<ClockAlignedReport[]> {
  const deadline = Date.now() + Math.max(configured(ctx, 'transactionDurationMs'), intervalS * 3_000 + 500);
  const reports: ClockAlignedReport[] = [];
  for (let i = 0; i < 100; i += 1) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    let call;
    try {
      call = await ctx.sut.expectCall(['MeterValues', 'TransactionEvent'], {
        describe: '(clock-aligned)', optional: true, timeoutMs: left,
        filter: (p) => !('triggerReason' in p) || p.triggerReason === 'MeterValueClock',
      });
    } catch {
      break; // the duration is over
    }
    if (!call.answered) call.respond({});
    reports.push({ action: call.action, payload: call.payload as Payload });
  }
  return reports;
}

/**
 * TC_J_03/04/10/11_CS: with the Configuration State, Reusable State EnergyTransferStarted; after the
 * transaction ran a while, Reusable State ParkingBayUnoccupied ends it. Returns the meter values of the
 * TransactionEvent Ended ("contains the MeterValue field", checked), for the case's post scenario validations.
 */
export async function txEndedMeterValues(ctx: CaseContext<'2.0.1', 'CS'>, configuration: Array<VariableSetting & { optional?: boolean }>, intervalS: number, requirement: string): Promise<Payload[]> {
  let meterValues: Payload[] = [];
  await transactionCase(ctx, { configuration }, async () => {
    await energyTransferStarted(ctx);
    // 1. Execute Reusable State ParkingBayUnoccupied after the <Configured transaction duration> (see chargingTimeMs).
    await ctx.specifiedWait(chargingTimeMs(ctx, intervalS), 'Configured transaction duration (at least two and a half TxEndedIntervals)');
    await parkingBayUnoccupied(ctx);
    const ended = endedEvent(ctx);
    ctx.expect(ended, `${requirement}: a TransactionEventRequest with eventType Ended`).to.be.an('object');
    meterValues = meterValuesOf(ended ?? {});
    ctx.expect(meterValues.length, `${requirement}: the TransactionEventRequest containing eventType Ended contains the MeterValue field`).to.be.greaterThan(0);
    checkLocations(ctx, meterValues, `${requirement}: TransactionEventRequest (Ended)`);
  });
  return meterValues;
}

/**
 * TC_J_07/08_CS post scenario: the first TransactionEvent of the transaction matching `which` contains the
 * MeterValue field, with sampledValue[0].context Transaction.Begin and an element per configured
 * SampledDataCtrlr.TxStartedMeasurands.
 */
export async function checkTransactionBegin(ctx: CaseContext<'2.0.1', 'CS'>, which: (p: Payload) => boolean, what: string): Promise<void> {
  const id = txSession(ctx).transactionId;
  const measurands = await listVariable(ctx, 'SampledDataCtrlr', 'TxStartedMeasurands');
  const p = ctx.sut.receivedPayloads('TransactionEvent').find((e) => e.transactionInfo.transactionId === id && which(e as Payload)) as Payload | undefined;
  ctx.expect(p, `J02.FR.02: ${what}`).to.be.an('object');
  const meterValues = meterValuesOf(p ?? {});
  ctx.expect(meterValues.length, `J02.FR.02: ${what} contains the MeterValue field`).to.be.greaterThan(0);
  checkMeterValue(ctx, meterValues[0]!, 'Transaction.Begin', measurands, `J02.FR.04: ${what}, meterValue`);
}

const SAMPLED_CONTEXTS = ['Transaction.Begin', 'Sample.Periodic', 'Transaction.End'];

/**
 * TC_J_10/11_CS post scenario on the meter values of TransactionEvent Ended: sampledValue[0].context is
 * Sample.Periodic, and one has Transaction.End (a Transaction.Begin reading, J02, is accepted beside them);
 * an element per SampledDataTxEndedMeasurands; the periodic samples a SampledDataTxEndedInterval apart.
 */
export function checkSampledEnded(ctx: CaseContext<'2.0.1', 'CS'>, meterValues: Payload[], measurands: string[], intervalS: number, requirement: string): void {
  const what = `${requirement}: TransactionEventRequest (Ended) meterValue`;
  for (const mv of meterValues) ctx.expect(firstContext(mv), `${what} sampledValue[0].context`).to.be.oneOf(SAMPLED_CONTEXTS);
  const periodic = meterValues.filter((mv) => firstContext(mv) === 'Sample.Periodic');
  ctx.expect(periodic.length, `${what} with sampledValue[0].context Sample.Periodic (SampledDataTxEndedInterval)`).to.be.greaterThan(0);
  const end = meterValues.filter((mv) => firstContext(mv) === 'Transaction.End');
  ctx.expect(end.length, `${what} with context Transaction.End`).to.be.greaterThan(0);
  for (const mv of [...periodic, ...end]) checkMeterValue(ctx, mv, String(firstContext(mv)), measurands, what);
  checkIntervals(ctx, periodic.map((mv) => mv.timestamp), intervalS, `${what} timestamps`);
}

/**
 * The J faults: a CSMS that mishandles some meter values answers the message carrying them with CALLERROR
 * (J01.FR.18: a MeterValuesResponse; J02.FR.19: a TransactionEventResponse, whatever meter values it carries).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { callError, type Reply } from '../../types.js';
import type { FAULTS } from './faults.js';

export type MeterValuesFaultName = (typeof FAULTS)[number]['name'];

type Has = (name: MeterValuesFaultName) => boolean;

const sampledValues = (p: Payload): Payload[] => ((p.meterValue as Payload[] | undefined) ?? []).flatMap((mv) => (mv.sampledValue as Payload[] | undefined) ?? []);

const refuse = (why: string): Reply => callError('PropertyConstraintViolation', why);

function refusedSigned(p: Payload, has: Has): Reply | undefined {
  if (has('signed-meter-values-refused') && sampledValues(p).some((v) => v.signedMeterValue !== undefined)) return refuse('signed meter values are not supported');
  return undefined;
}

/** MeterValues: refused under meter-values-refused, or when signed under signed-meter-values-refused. */
export function refusedMeterValuesRequest(p: Payload, has: Has): Reply | undefined {
  if (has('meter-values-refused')) return refuse('MeterValues not processed');
  return refusedSigned(p, has);
}

/** TransactionEvent: what the J faults refuse of its meter values (undefined: nothing). */
export function refusedTransactionMeterValues(p: Payload, has: Has): Reply | undefined {
  const contexts = new Set(sampledValues(p).map((v) => v.context));
  if (has('tx-clock-meter-values-refused') && p.triggerReason === 'MeterValueClock') return refuse('clock-aligned values belong in MeterValues');
  if (has('tx-periodic-meter-values-refused') && p.triggerReason === 'MeterValuePeriodic') return refuse('periodic meter values not processed');
  if (has('tx-started-meter-values-refused') && p.eventType === 'Started' && contexts.size > 0) return refuse('meter values in a Started event');
  if (has('tx-begin-after-start-refused') && p.eventType === 'Updated' && contexts.has('Transaction.Begin')) return refuse('Transaction.Begin after the start');
  if (has('tx-ended-samples-refused') && p.eventType === 'Ended' && (contexts.has('Sample.Clock') || contexts.has('Sample.Periodic'))) {
    return refuse('only Transaction.Begin/End readings expected in an Ended event');
  }
  return refusedSigned(p, has);
}

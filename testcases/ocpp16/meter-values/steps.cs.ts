import type { Payload } from '../../kit.js';

/** The sampledValue entries of a MeterValues.req. */
export function sampledValues(p: Payload): Payload[] {
  return ((p.meterValue as Payload[] | undefined) ?? []).flatMap((mv) => (mv.sampledValue as Payload[] | undefined) ?? []);
}

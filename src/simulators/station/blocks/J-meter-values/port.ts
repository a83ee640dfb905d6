/**
 * What the other blocks use of J Meter values (the E engine: its TransactionEvents and the clock-aligned
 * schedule): the 2.0.1 clock-aligned MeterValue of an EVSE, when those are held back, and the samples a
 * transaction collects for its TransactionEvent Ended.
 */
export { alignedHeldBack, alignedMeterValue, nextBoundary, TxEndedSamples } from './sampling.js';

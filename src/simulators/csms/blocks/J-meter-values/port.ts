/** What the other blocks use of J Meter values: E Transactions asks which meter values of a TransactionEvent its faults refuse. */
export { refusedTransactionMeterValues, type MeterValuesFaultName } from './refusals.js';

/** Schema-valid sample payloads per version, for tests that need a realistic message. */
export const NOW = '2025-01-01T12:00:00.000Z';

export const boot16 = { chargePointVendor: 'Harness', chargePointModel: 'Loopback' };
export const bootConf16 = { status: 'Accepted', currentTime: NOW, interval: 300 };

export const boot201 = { reason: 'PowerUp', chargingStation: { vendorName: 'Harness', model: 'Loopback' } };
export const bootResp201 = { status: 'Accepted', currentTime: NOW, interval: 300 };

export const heartbeatResp = { currentTime: NOW };

export const periodicEventStream21 = { id: 1, pending: 0, basetime: NOW, data: [{ t: 0, v: '230.1' }] };

/** A TransactionEvent Updated with a dozen sampled values, as a station sends during a session. */
export function transactionEvent201(seqNo = 1): Record<string, unknown> {
  const sampled = [
    { value: 12345.6, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
    { value: 7200, measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } },
    ...['L1', 'L2', 'L3'].map((phase) => ({ value: 10.4, measurand: 'Current.Import', phase, unitOfMeasure: { unit: 'A' } })),
    ...['L1-N', 'L2-N', 'L3-N'].map((phase) => ({ value: 230.2, measurand: 'Voltage', phase, unitOfMeasure: { unit: 'V' } })),
    { value: 50, measurand: 'Frequency' },
    { value: 42, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } },
    { value: 11000, measurand: 'Power.Offered', unitOfMeasure: { unit: 'W' } },
    { value: 0.98, measurand: 'Power.Factor' },
  ].map((s) => ({ ...s, context: 'Sample.Periodic' }));
  return {
    eventType: 'Updated',
    timestamp: NOW,
    triggerReason: 'MeterValuePeriodic',
    seqNo,
    transactionInfo: { transactionId: 'TX-000123', chargingState: 'Charging' },
    evse: { id: 1, connectorId: 1 },
    meterValue: [{ timestamp: NOW, sampledValue: sampled }],
  };
}

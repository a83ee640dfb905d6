import { defineTestCase } from '../../kit.js';
import { idTokenStatus, reportConnector, signedMeterValue, transactionEvent, validToken, type MeterValue } from '../_shared/charging-session.csms.js';
import { authorizeValid } from './steps.csms.js';

export const TC_E_11_CSMS = defineTestCase({
  id: 'TC_E_11_CSMS',
  title: 'Start transaction options - DataSigned',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S4)', 'E01.FR.04'],
  catches: ['tx-start-only-authorized', 'tx-no-idtokeninfo'],
  async run(ctx) {
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 5-6. The meter signed its first reading: TransactionEvent Started, SignedDataReceived, with idToken, EVSE and
    //      a meter value 0.0, context Transaction.Begin, with its signedMeterValue.
    const reading = (transactionId: string): MeterValue[] => [{
      timestamp: new Date().toISOString(),
      sampledValue: [{ value: 0.0, context: 'Transaction.Begin', signedMeterValue: signedMeterValue(transactionId, 0.0) }],
    }];
    const started = await transactionEvent(ctx, {
      eventType: 'Started', triggerReason: 'SignedDataReceived', chargingState: 'EVConnected', idToken: validToken(ctx), meterValue: reading, requirement: 'E01.FR.04',
    });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 7-8. Energy flows: TransactionEvent Updated, ChargingStateChanged, Charging.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', requirement: 'E01.FR.04' });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { evDisconnected } from '../_shared/states.csms.js';

export const TC_E_19_CSMS = defineTestCase({
  id: 'TC_E_19_CSMS',
  title: 'Stop transaction options - ParkingBayUnoccupied',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S1)', 'E06.FR.01'],
  catches: ['tx-stop-only-authorized', 'tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EVDisconnected. With TxStopPoint ParkingBayOccupancy unplugging does not end the
    // transaction, so the station reports it as an Updated event; the transaction ends when the bay is left.
    await evDisconnected(ctx, { endsTransaction: false });
    // 1-2. The EV leaves the bay: TransactionEvent Ended, EVDeparted, stoppedReason Local.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVDeparted', stoppedReason: 'Local', requirement: 'E06.FR.01' });
  },
});

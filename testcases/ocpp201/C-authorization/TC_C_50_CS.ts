import { defineTestCase } from '../../kit.js';
import { onlineCase, PNC_PROFILE } from './steps.iso15118.cs.js';

export const TC_C_50_CS = defineTestCase({
  id: 'TC_C_50_CS',
  title: 'Authorization using Contract Certificates 15118 - Online - Local contract certificate validation - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [PNC_PROFILE],
  covers: ['C07', 'C07.FR.01', 'C07.FR.02'],
  catches: ['pnc-hash-data-missing'],
  async run(ctx) {
    // Before (errata 2025-02/2025-04): CentralContractValidationAllowed false, PnCEnabled true; V2G and MO roots
    // (re)installed; EVConnectedPreSession. 1-2. AuthorizationRequest (eMAID, hash data), Accepted / Accepted;
    // 3-4. TransactionEventRequest triggerReason Authorized (when due), Accepted; 5. EnergyTransferStarted.
    await onlineCase(ctx, { central: false, answer: { status: 'Accepted', certificateStatus: 'Accepted' } });
  },
});

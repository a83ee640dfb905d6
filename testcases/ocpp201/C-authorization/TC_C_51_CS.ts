import { defineTestCase } from '../../kit.js';
import { onlineCase, PNC_PROFILE } from './steps.iso15118.cs.js';

export const TC_C_51_CS = defineTestCase({
  id: 'TC_C_51_CS',
  title: 'Authorization using Contract Certificates 15118 - Online - Local contract certificate validation - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [PNC_PROFILE],
  covers: ['C07', 'C07.FR.01', 'C07.FR.02'],
  catches: ['pnc-hash-data-missing', 'authorize-status-ignored'],
  async run(ctx) {
    // Before (errata 2025-02/2025-04): CentralContractValidationAllowed false, PnCEnabled true; V2G and MO roots
    // (re)installed; EVConnectedPreSession. 1-2. AuthorizationRequest (eMAID, hash data), Invalid / ContractCancelled.
    // Post scenario: no TransactionEventRequest Authorized or Charging.
    await onlineCase(ctx, { central: false, answer: { status: 'Invalid', certificateStatus: 'ContractCancelled' } });
  },
});

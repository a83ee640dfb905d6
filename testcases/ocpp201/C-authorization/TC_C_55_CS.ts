import { defineTestCase } from '../../kit.js';
import { offlineCase } from './steps.iso15118-offline.cs.js';
import { PNC_PROFILE } from './steps.iso15118.cs.js';

export const TC_C_55_CS = defineTestCase({
  id: 'TC_C_55_CS',
  title: 'Authorization using Contract Certificates 15118 - Offline - ContractValidationOffline is false',
  version: '2.0.1',
  sut: 'CS',
  profiles: [PNC_PROFILE],
  covers: ['C07', 'C07.FR.07'],
  catches: ['pnc-offline-charges'],
  async run(ctx) {
    // Before (errata 2024-09/2025-02/2025-04): offline settings, ContractValidationOffline false, PnCEnabled true; V2G and
    // MO roots; IdTokenCached15118 / IdTokenLocalAuthList for the eMAID (if implemented). 1. offline; drive in, connect;
    // 2. online; 3-4. Occupied; 5-6. CablePluggedIn (offline); 7. no Authorized / ChargingStateChanged; post: no Charging.
    await offlineCase(ctx, false);
  },
});

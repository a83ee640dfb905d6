/** E Transactions (with the remote start/stop and unlock of F): what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    // Every TxStartPoint / TxStopPoint, configurable (with a parking bay detector and signed meter values), StopTxOnEVSideDisconnect
    // and UnlockOnEVSideDisconnect both ways, offline authorization, DisableRemoteAuthorization, Mode 3 and high-level
    // communication EVs, a detachable cable (HFS-1; the fixed cable, HFS-2, is a variant) locked on the station side (AQ-18).
    '2.x': { features: ['C-09.1', 'C-09.2', 'C-10.1', 'C-10.2', 'C-51', 'C-52',
      'C-01', 'C-06.1', 'C-06.2', 'C-09.3', 'C-09.4', 'C-09.5', 'C-09.6', 'C-10.3', 'C-10.4', 'C-10.5', 'C-12.1', 'C-12.2', 'C-58',
      'AQ-9', 'AQ-18', 'HFS-1', 'HFS-4'] },
  },
  variants: [
    // testcases/ocpp16: a charge point with a permanently attached cable (TC_017_2, TC_018_2), and one whose backup
    // power lets it stop its transactions before it goes down on a power cut (TC_032_1).
    { name: 'a permanently attached cable', versions: ['1.6'], addFeatures: ['FixedCable'] },
    { name: 'backup power on a power cut', versions: ['1.6'], addFeatures: ['StopTxBeforePowerDown'] },
    // A station whose TxStartPoint cannot be EnergyTransfer (TC_E_38), one with a fixed cable (TC_E_27).
    { name: 'no TxStartPoint EnergyTransfer', versions: ['2.0.1'], removeFeatures: ['C-09.5'] },
    { name: 'a permanently attached cable', versions: ['2.0.1'], removeFeatures: ['HFS-1', 'AQ-18'], addFeatures: ['HFS-2'] },
    // TC_E_46: the EV ends its ISO 15118 session (the station's EIM side only: no certificates, so not in the default claim).
    { name: 'ISO 15118 Support (EV session stop)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'] },
  ],
};

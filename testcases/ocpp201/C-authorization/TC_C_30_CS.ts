import { onlineRefusedCase } from './steps.local-list.js';

// C14 Online authorization through the Local Authorization List: an Expired entry is checked with the CSMS (Part 6 Table 85).
export const TC_C_30_CS = onlineRefusedCase({
  id: 'TC_C_30_CS', title: 'Online authorization through local authorization list - Expired',
  name: 'expired', status: 'Expired', evConnected: true, answer: 'Expired',
});

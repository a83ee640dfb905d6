import { onlineRefusedCase } from './steps.local-list.js';

// Errata 2025-09 6.2.22 applied: prerequisite LocalAuthListCtrlr.Available and an authorization method other than
// NoAuthorization or Central (the Local Authorization List Management profile; text only).
// C14 Online authorization through the Local Authorization List: an Expired entry is checked with the CSMS (Part 6 Table 85).
export const TC_C_30_CS = onlineRefusedCase({
  id: 'TC_C_30_CS', title: 'Online authorization through local authorization list - Expired',
  name: 'expired', status: 'Expired', evConnected: true, answer: 'Expired',
});

import { onlineRefusedCase } from './steps.local-list.js';

// Errata 2025-09 6.2.22 applied: prerequisite LocalAuthListCtrlr.Available and an authorization method other than
// NoAuthorization or Central (the Local Authorization List Management profile; text only).
// C14 Online authorization through the Local Authorization List: an Invalid entry is checked with the CSMS, which refuses it (Part 6 Table 83).
export const TC_C_28_CS = onlineRefusedCase({
  id: 'TC_C_28_CS', title: 'Online authorization through local authorization list - Invalid & Not Accepted',
  name: 'invalid', status: 'Invalid', evConnected: false, answer: 'Invalid',
});

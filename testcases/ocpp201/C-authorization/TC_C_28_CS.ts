import { onlineRefusedCase } from './steps.local-list.js';

// C14 Online authorization through the Local Authorization List: an Invalid entry is checked with the CSMS, which refuses it (Part 6 Table 83).
export const TC_C_28_CS = onlineRefusedCase({
  id: 'TC_C_28_CS', title: 'Online authorization through local authorization list - Invalid & Not Accepted',
  name: 'invalid', status: 'Invalid', evConnected: false, answer: 'Invalid',
});

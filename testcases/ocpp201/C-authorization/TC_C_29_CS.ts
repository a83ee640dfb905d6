import { onlineRefusedCase } from './steps.local-list.js';

// C14 Online authorization through the Local Authorization List: a Blocked entry is checked with the CSMS (Part 6 Table 84).
export const TC_C_29_CS = onlineRefusedCase({
  id: 'TC_C_29_CS', title: 'Online authorization through local authorization list - Blocked',
  name: 'blocked', status: 'Blocked', evConnected: true, answer: 'Blocked',
});

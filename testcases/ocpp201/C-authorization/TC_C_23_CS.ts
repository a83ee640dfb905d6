import { offlineRefusedCase } from './steps.local-list.js';

// C13 Offline authorization through the Local Authorization List - Blocked (Part 6, TC_C_23_CS).
export const TC_C_23_CS = offlineRefusedCase({
  id: 'TC_C_23_CS', title: 'Offline authorization through local authorization list - Blocked', name: 'blocked', status: 'Blocked',
});

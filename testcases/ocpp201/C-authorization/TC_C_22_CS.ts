import { offlineRefusedCase } from './steps.local-list.js';

// C13 Offline authorization through the Local Authorization List - Invalid (Part 6, TC_C_22_CS).
export const TC_C_22_CS = offlineRefusedCase({
  id: 'TC_C_22_CS', title: 'Offline authorization through local authorization list - Invalid', name: 'invalid', status: 'Invalid',
});

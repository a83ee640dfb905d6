import { offlineRefusedCase } from './steps.local-list.js';

// C13 Offline authorization through the Local Authorization List - Expired (Part 6, TC_C_24_CS).
export const TC_C_24_CS = offlineRefusedCase({
  id: 'TC_C_24_CS', title: 'Offline authorization through local authorization list - Expired', name: 'expired', status: 'Expired',
});

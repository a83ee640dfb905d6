import { getLocalListVersionCase } from './steps.csms.js';

// D02 Get Local List Version - No list available: the OCTT answers 0 (Part 6 Table 504).
export const TC_D_09_CSMS = getLocalListVersionCase({
  id: 'TC_D_09_CSMS', title: 'Get Local List Version - No list available',
  profiles: ['Local Authorization List Management'], answer: () => 0,
});

import { getLocalListVersionCase, configuredVersion } from './steps.csms.js';

// D02 Get Local List Version - Success: the OCTT answers <Configured versionNumber> (Part 6 Table 503).
export const TC_D_08_CSMS = getLocalListVersionCase({
  id: 'TC_D_08_CSMS', title: 'Get Local List Version - Success',
  profiles: [{ profile: 'Local Authorization List Management', condition: 'LA-2' }], answer: configuredVersion,
});

import { sendLocalListCase, entry } from './steps.cs.js';

// D01 Send Local Authorization List: a Full list replaces the station's (Part 6 Table 118).
export const TC_D_01_CS = sendLocalListCase({
  id: 'TC_D_01_CS', title: 'Send Local Authorization List - Full',
  covers: ['D01', 'D01.FR.02', 'D01.FR.15', 'D02.FR.01'], catches: ['local-list-version-not-stored'],
  memory: false, requirement: 'D01.FR.15',
  request: (ctx, version) => ({ versionNumber: version, updateType: 'Full', localAuthorizationList: [entry(ctx, 'valid')] }),
});

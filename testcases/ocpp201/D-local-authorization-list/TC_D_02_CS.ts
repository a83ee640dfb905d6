import { sendLocalListCase, entry } from './steps.cs.js';

// D01 Send Local Authorization List: a Differential update adds an idToken (Part 6 Table 119).
export const TC_D_02_CS = sendLocalListCase({
  id: 'TC_D_02_CS', title: 'Send Local Authorization List - Differential Update',
  covers: ['D01', 'D01.FR.02', 'D01.FR.16', 'D02.FR.01'], catches: ['local-list-version-not-stored'],
  memory: true, requirement: 'D01.FR.16',
  request: (ctx, version) => ({ versionNumber: version + 1, updateType: 'Differential', localAuthorizationList: [entry(ctx, 'valid2')] }),
});

import { sendLocalListCase, entry } from './steps.cs.js';

// D01 Send Local Authorization List: a Differential update whose entries have no idTokenInfo removes them (Part 6 Table 120).
export const TC_D_03_CS = sendLocalListCase({
  id: 'TC_D_03_CS', title: 'Send Local Authorization List - Differential Remove',
  covers: ['D01', 'D01.FR.02', 'D01.FR.17', 'D02.FR.01'], catches: ['local-list-version-not-stored'],
  memory: true, requirement: 'D01.FR.17',
  request: (ctx, version) => ({ versionNumber: version + 1, updateType: 'Differential', localAuthorizationList: [entry(ctx, 'valid', false)] }),
});

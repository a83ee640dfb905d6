import { sendLocalListCase } from './steps.cs.js';

// D01 Send Local Authorization List: a Full update without entries empties the list; the version is still set (Part 6 Table 121).
export const TC_D_04_CS = sendLocalListCase({
  id: 'TC_D_04_CS', title: 'Send Local Authorization List - Full with empy list',
  covers: ['D01', 'D01.FR.02', 'D01.FR.04', 'D02.FR.01'], catches: ['local-list-empty-full-failed'],
  memory: true, requirement: 'D01.FR.04',
  // localAuthorizationList <Empty>: the schema has minItems 1, so the field is left out.
  request: (_ctx, version) => ({ versionNumber: version, updateType: 'Full' }),
});

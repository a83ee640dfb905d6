import { sendLocalListCase } from './steps.cs.js';

// D01 Send Local Authorization List: a Differential update without entries only sets the version (Part 6 Table 122).
export const TC_D_05_CS = sendLocalListCase({
  id: 'TC_D_05_CS', title: 'Send Local Authorization List - Differential with empty list',
  covers: ['D01', 'D01.FR.02', 'D01.FR.05', 'D02.FR.01'], catches: ['local-list-version-not-stored'],
  memory: true, requirement: 'D01.FR.05',
  // localAuthorizationList <Empty>: the schema has minItems 1, so the field is left out.
  request: (_ctx, version) => ({ versionNumber: version + 1, updateType: 'Differential' }),
});

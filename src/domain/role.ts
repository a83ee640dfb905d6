/** Which side is under test: the charging station (harness plays CSMS) or the CSMS (harness plays station). */
export type SutRole = 'CS' | 'CSMS';

/** The side the harness plays. */
export type HarnessRole = 'csms' | 'station';

export function harnessRoleOf(sut: SutRole): HarnessRole {
  return sut === 'CS' ? 'csms' : 'station';
}

/** OCTT 1.6 §3.21.3, Table 189: Basic Authentication - Valid username/password combination. Validations are the table's; 1.2/1.3 apply. */
import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { bootOnNewConnection, currentProfile, mustConnect } from './steps.csms.js';

export const TC_085_CSMS = defineTestCase({
  id: 'TC_085_CSMS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  covers: ['A00.FR.202', 'A00.FR.203', 'A00.FR.301', 'A00.FR.302'],
  requires: { securityProfile: [1, 2] },
  preconditions: false,
  catches: ['accepts-missing-credentials'],
  async run(ctx) {
    const { sut } = ctx;
    const profile = currentProfile(ctx);
    if (profile !== 1 && profile !== 2) throw new CaseNotApplicable(`the Charge Point now uses security profile ${profile} (upgraded): no Basic authentication`);
    const requirement = profile === 2 ? 'A00.FR.302' : 'A00.FR.203';
    // Before: the OCTT closes the connection.
    await sut.disconnect();
    // 1-2. HTTP upgrade request without an Authorization header: the Central System rejects it.
    const bare = await sut.connect({ basicAuth: undefined });
    if (bare.ok) ctx.fail('the Central System upgraded a connection that carried no HTTP Basic credentials', requirement);
    // 3-4. HTTP upgrade request with the station's username/password: validated and accepted.
    mustConnect(ctx, await sut.connect(), requirement, 'with valid Basic credentials');
    // 5-8. BootNotification.req (Accepted), StatusNotification.req per connector and connectorId 0.
    await bootOnNewConnection(ctx);
  },
});

/** OCTT 1.6 §2.24.3, Table 101: TLS - server-side certificate - Valid certificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectsAfterPowerCycle, profiles } from './steps.cs.js';

export const TC_086_CS = defineTestCase({
  id: 'TC_086_CS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [2, 3] },
  covers: ['A00.FR.307', 'A00.FR.311', 'A00.FR.312', 'A00.FR.411', 'A00.FR.415'],
  preconditions: false,
  catches: ['rejects-valid-server-cert'],
  async run(ctx) {
    // 1. The charge point starts and connects over TLS, accepting the Central System's valid certificate (A00.FR.307/411).
    const info = await connectsAfterPowerCycle(ctx, 'A00.FR.307');
    // 2. TLS 1.2 or above (A00.FR.312).
    const tls = info.tls as { protocol?: string } | undefined;
    ctx.expect(tls?.protocol, 'A00.FR.312: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    // Profile 2: HTTP Basic authentication with the charge point identity on top (A00.FR.303).
    if (ctx.ics.securityProfile === 2) ctx.expect(info.username, 'A00.FR.303: Basic-auth username').to.equal(info.stationId);
  },
});

/** OCTT 1.6 §2.24.3, Table 102: TLS - Client-side certificate - valid certificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectsAfterPowerCycle, profiles } from './steps.cs.js';

export const TC_087_CS = defineTestCase({
  id: 'TC_087_CS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [3] },
  covers: ['A00.FR.401', 'A00.FR.402', 'A00.FR.416', 'A00.FR.509', 'A00.FR.511'],
  preconditions: false,
  catches: ['no-client-cert'],
  async run(ctx) {
    // 1. The charge point starts and connects presenting its client certificate (A00.FR.401/402).
    const info = await connectsAfterPowerCycle(ctx, 'A00.FR.402');
    const tls = info.tls as { protocol?: string; clientCert?: { commonName?: string; organization?: string } } | undefined;
    ctx.expect(tls?.protocol, 'A00.FR.416: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    // 2. The certificate names the charge point in its CN and its owner in its O (A00.FR.509, A00.FR.511).
    ctx.expect(tls?.clientCert?.commonName, 'A00.FR.511: client certificate commonName').to.be.a('string').and.not.equal('');
    ctx.expect(tls?.clientCert?.organization, 'A00.FR.509: client certificate organizationName').to.be.a('string').and.not.equal('');
  },
});

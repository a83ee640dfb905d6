import { createCsr, defineTestCase, signCsr } from '../../kit.js';
import { acceptedConnection, refusedConnection } from '../_shared/states.csms.js';
import { bootAndReport } from './steps.csms.js';

/** A commonName that does not contain the station identity (case-insensitively). */
function foreignCommonName(stationId: string): string {
  const id = stationId.toLowerCase();
  return ['OTHER-STATION', 'UNKNOWN-CP-0', 'ZZZZZZZZ', 'QQQQQQQQ'].find((cn) => !cn.toLowerCase().includes(id)) ?? 'QZQZQZQZ';
}

export const TC_A_08_CSMS = defineTestCase({
  id: 'TC_A_08_CSMS',
  title: 'TLS - Client-side certificate - Invalid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A00', 'A00.FR.405', 'A00.FR.407', 'A00.FR.409', 'A00.FR.410'],
  requires: { securityProfile: [3] },
  preconditions: false,
  catches: ['accepts-unknown-client-cert', 'accepts-foreign-client-cn'],
  async run(ctx) {
    const pki = await ctx.pki();
    const stationId = ctx.ics.station.id;
    const subCa = pki.get('cso-sub-ca');
    const issued = async (commonName: string, validity: { notBefore?: Date; validityDays?: number } = {}) => {
      const { csrPem, keyPem } = await createCsr({ commonName, organization: pki.params.org, keyType: 'ec' });
      return { cert: signCsr(csrPem, subCa, validity) + subCa.certPem, key: keyPem };
    };
    // Prerequisite: the case runs once per kind of invalid certificate.
    const invalid = [
      { what: 'with a client certificate of an unknown CA', requirement: 'A00.FR.407', tls: { cert: pki.chainPem('self-signed-station'), key: pki.get('self-signed-station').keyPem } },
      { what: 'with an expired client certificate', requirement: 'A00.FR.407', tls: await issued(stationId, { notBefore: new Date(Date.now() - 400 * 86_400_000), validityDays: 30 }) },
      // A00.FR.405 only asks the CN to *contain* the identity: the foreign CN must not contain it at all.
      { what: 'with a client certificate whose commonName does not contain the station identity', requirement: 'A00.FR.405', tls: await issued(foreignCommonName(stationId)) },
    ];
    for (const attempt of invalid) {
      // 1-4. TLS handshake with the invalid client certificate: the CSMS terminates the connection.
      await refusedConnection(ctx, { tls: attempt.tls }, attempt.what, attempt.requirement);
    }
    // 5-10. TLS handshake with the configured client certificate; the CSMS upgrades the connection.
    await acceptedConnection(ctx, {}, 'with the configured client certificate', 'A00.FR.409');
    // 11-14. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

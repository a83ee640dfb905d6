/** Not a case of the OCTT 1.6 document (FINAL 2024-04 has no CSMS counterpart): kept as a real check pending the lead's decision. */
import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import { bootOnNewConnection, currentProfile, endpointFor, mustConnect, type ConnectOverrides } from './steps.csms.js';

export const TC_083_CSMS = defineTestCase({
  id: 'TC_083_CSMS',
  title: 'Upgrade Charge Point Security Profile - Accepted',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  covers: ['A05', 'A05.FR.09', '5.3', '5.14'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-downgraded-profile', 'configuration-value-as-number', 'reset-wrong-type'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const from = currentProfile(ctx);
    if (from !== 1 && from !== 2) throw new CaseNotApplicable(`the Charge Point already uses security profile ${from}`);
    const to = from + 1;
    const pki = await ctx.pki();
    // Memory state CertificateInstalled (profile 1: the CentralSystemRootCertificate) or RenewChargePointCertificate
    // (profile 2: a Charge Point certificate of the CSO): the harness's test PKI provides both.
    const password = String(ctx.settings.basicAuthPassword ?? '');
    const original: ConnectOverrides = { url: String(ctx.settings.endpoint ?? ''), securityProfile: from, basicAuth: { password }, tls: { cert: undefined, key: undefined } };
    const upgraded: ConnectOverrides = to === 3
      ? { url: endpointFor(ctx, to), securityProfile: 3, basicAuth: undefined, tls: { ca: [pki.get('csms-root').certPem], cert: pki.chainPem('station'), key: pki.get('station').keyPem } }
      : { url: endpointFor(ctx, to), securityProfile: 2, basicAuth: { password }, tls: { ca: [pki.get('csms-root').certPem] } };
    // Manual action: ChangeConfiguration for SecurityProfile. 1-2. ChangeConfiguration.req SecurityProfile = configured + 1; Accepted.
    const change = await csmsSends(ctx, 'ChangeConfiguration', () => ({ status: 'Accepted' as const }), { hint: { key: 'SecurityProfile', value: String(to) }, requirement: '5.3' });
    expect(change.payload.key, '5.3: ChangeConfiguration.req key').to.equal('SecurityProfile');
    expect(change.payload.value, '5.3: ChangeConfiguration.req value (one level higher than the configured security profile)').to.equal(String(to));
    // Manual action: Reset Hard. 3-4. Reset.req type Hard; Accepted.
    const reset = await csmsSends(ctx, 'Reset', () => ({ status: 'Accepted' as const }), { hint: { type: 'Hard' }, requirement: '5.14' });
    expect(reset.payload.type, '5.14: Reset.req type').to.equal('Hard');
    // 5-6. The Charge Point reconnects with security profile configured + 1: accepted. It keeps that profile from now on.
    mustConnect(ctx, await sut.connect(upgraded, { persist: true }), 'A05.FR.07', `with the upgraded security profile ${to}`);
    ctx.settings.endpoint = upgraded.url;
    ctx.settings.securityProfile = to;
    ctx.log(`the Charge Point uses security profile ${to} at ${String(upgraded.url)} from now on`);
    // 7-10. BootNotification.req (Accepted), StatusNotification.req Available per connector and connectorId 0.
    await bootOnNewConnection(ctx);
    // 11-12. The Charge Point reconnects with the configured (lower) security profile: not accepted.
    const lower = await sut.connect(original);
    if (lower.ok) ctx.fail(`the Central System accepted security profile ${from} from a Charge Point upgraded to ${to}`, 'A05.FR.09');
    // 13-14. The Charge Point reconnects with security profile configured + 1: accepted (the case ends connected).
    mustConnect(ctx, await sut.connect(), 'A05.FR.07', `with the upgraded security profile ${to}`);
  },
});

import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { PASSWORD, configuredPassword, connected, reconnectMs } from './steps.cs.js';

// --- A00 Security profile 1 and 2: Basic authentication ---------------------------------------------------

// Errata 2025-09 6.2.1 applied: the BasicAuthPassword is checked as a passwordString (not identifierString).
export const TC_A_01_CS = defineTestCase({
  id: 'TC_A_01_CS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'B01', 'A00.FR.202', 'A00.FR.203', 'A00.FR.204', 'A00.FR.205', 'A00.FR.301', 'A00.FR.302', 'A00.FR.304', 'B01.FR.01', 'B01.FR.05', 'B01.FR.09'],
  requires: { securityProfile: [1, 2] },
  // The case begins with a power cycle; a station that cannot connect at all is what it may find.
  preconditions: false,
  catches: ['basic-auth-username-mismatch'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Before: Configuration State SecurityCtrlr.BasicAuthPassword is <Configured basicAuthPassword>: the one the harness checks.
    const password = configuredPassword(ctx);
    // 1. Reusable State Booted (power cycle): the HTTP upgrade request carries Basic credentials.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    const a = await attempt;
    if (a.kind === 'refused') {
      // The endpoint checks the header: the username is the identity in the URL, the password the configured one.
      const requirement = /username/.test(a.reason) ? 'A00.FR.204' : /no HTTP Basic/.test(a.reason) ? 'A00.FR.203' : 'A00.FR.202';
      ctx.fail(`the HTTP upgrade request did not carry valid Basic-auth credentials: ${a.reason}`, requirement);
    }
    connected(ctx, a, 'A00.FR.202', 'the station did not connect');
    // The BasicAuthPassword: 16 to 40 passwordString characters.
    expect(PASSWORD.test(password), `A00.FR.205: the BasicAuthPassword (${password.length} characters) is a passwordString of 16 to 40 characters`).to.equal(true);
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { expectedReason: 'PowerUp', reasonRequirement: 'B01.FR.09', reasonAdvisory: true });
  },
});

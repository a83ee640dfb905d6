import { certificateHashData, defineTestCase } from '../../kit.js';
import { asPrecondition, asReusableState, authorized15118 } from '../_shared/authorized-15118.cs.js';
import { v2gCertificatePresent } from '../_shared/certificates.cs.js';
import { transactionCase, transactionEvent } from '../_shared/charging-session.cs.js';
import { onlineConfiguration, withContract } from '../_shared/pnc-contract.cs.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { customerInformation } from './steps.cs.js';

// N10 Clear Customer Information - Clear and report - customerCertificate (Part 6 Table 367, as errata 2025-09
// 6.2.96 / 6.2.98 / 6.2.101 give it: a Plug & Charge session that the EV ends, then the clear by its contract certificate).
export const TC_N_63_CS = defineTestCase({
  id: 'TC_N_63_CS',
  title: 'Clear Customer Information - Clear and report - customerCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-4' }], // Part 5: retrieving / deleting CustomerInformation - CustomerCertificate
  covers: ['N10', 'N10.FR.01', 'N10.FR.03', 'N10.FR.09'],
  catches: ['customer-info-certificate-clear-ignored', 'customer-info-clear-ignored'],
  async run(ctx) {
    // Configuration State: AuthCtrlr.Enabled true, DisableRemoteAuthorization false; ISO15118Ctrlr
    // CentralContractValidationAllowed false, V2G / ContractCertificateInstallationEnabled true, PnCEnabled true, SeccId,
    // CountryName, OrganizationName (each where implemented; put back after the case).
    await transactionCase(ctx, { configuration: onlineConfiguration(false, true) }, async (s) => {
      // The EV's contract (the OCTT's EV emulator) and the V2G / MO roots that validate it; removed after the case (ungraded).
      await withContract(ctx, { install: ['V2GRootCertificate', 'MORootCertificate'] }, async (pnc) => {
        // Memory State RenewV2GChargingStationCertificate, when the station has no V2G certificate chain.
        await asPrecondition('Memory State RenewV2GChargingStationCertificate', () => v2gCertificatePresent(ctx));
        // Reusable States (established, never graded): EVConnectedPreSession, Authorized15118 (PnC), EnergyTransferStarted.
        await asReusableState('EVConnectedPreSession', () => evConnectedPreSession(ctx));
        const auth = await authorized15118(ctx, pnc, { method: 'PnC' });
        await asReusableState('EnergyTransferStarted', () => energyTransferStarted(ctx));
        // Manual action: the EV ends the charging session (SessionStopReq Terminate); the station reports it (not graded here).
        await asPrecondition('The EV\'s end of the charging session', async () => {
          const reported = transactionEvent(ctx, { describe: '(the EV terminated the session)', requirement: 'E15.FR.04' });
          await ctx.operator.do('evStopSession', { evseId: s.evseId });
          await reported;
          s.authorized = false;
        });
        // "customerCertificate: certificate hash data of contract certificate", with the hashAlgorithm the station used
        // for it in its AuthorizationRequest (N10.FR.09; SHA256 when it gave none).
        const customerCertificate = certificateHashData(pnc.contract.certPem, pnc.contract.issuerPem, auth.hashAlgorithm ?? 'SHA256');
        const who = { customerCertificate };
        // 1-2. report true, clear true: Accepted (validated). 3-4. NotifyCustomerInformationRequest(s), every part received;
        // data empty, or not empty if a customer certificate exists (either is valid).
        await customerInformation(ctx, { report: true, clear: true, who }, 'N10.FR.01');
        // 5-6. report true, clear false: Accepted (validated). 7-8. NotifyCustomerInformationRequest: data empty (validated: cleared).
        const second = await customerInformation(ctx, { report: true, clear: false, who }, 'N10.FR.01');
        ctx.expect(second.data, 'N10.FR.03: NotifyCustomerInformationRequest data empty after the clear by customerCertificate').to.equal('');
      });
    });
  },
});

import { certificateHashData, defineTestCase } from '../../kit.js';
import { asReusableState, authorized15118 } from '../_shared/authorized-15118.cs.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { withContract } from '../_shared/pnc-contract.cs.js';
import { energyTransferStarted, evConnectedPreSession, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { customerInformation } from './steps.cs.js';

// N10 Clear Customer Information - Clear and report - customerCertificate (Part 6 Table 367).
export const TC_N_63_CS = defineTestCase({
  id: 'TC_N_63_CS',
  title: 'Clear Customer Information - Clear and report - customerCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-4' }], // Part 5: retrieving / deleting CustomerInformation - CustomerCertificate
  covers: ['N10', 'N10.FR.01', 'N10.FR.03', 'N10.FR.09'],
  catches: ['customer-info-certificate-clear-ignored', 'customer-info-clear-ignored'],
  async run(ctx) {
    // The EV's contract (the OCTT's EV emulator) and the roots that validate it; removed after the case (ungraded).
    await transactionCase(ctx, {}, async () => {
      await withContract(ctx, { install: ['V2GRootCertificate', 'MORootCertificate'] }, async (pnc) => {
        // Before, Charging State (established, never graded): EVConnectedPreSession, Authorized15118, ParkingBayUnoccupied
        // (whose own preconditions charge and end the transaction: EnergyTransferStarted, StopAuthorized B, EVDisconnected).
        await asReusableState('EVConnectedPreSession', () => evConnectedPreSession(ctx));
        const auth = await authorized15118(ctx, pnc);
        await asReusableState('ParkingBayUnoccupied', async () => {
          await energyTransferStarted(ctx);
          await stopAuthorized(ctx, { mode: 'remote' });
          await parkingBayUnoccupied(ctx);
        });
        // "customerCertificate customer information used in the transaction": the contract certificate's hash data, with
        // the hashAlgorithm the station used for it (N10.FR.09; SHA256 when it gave none).
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

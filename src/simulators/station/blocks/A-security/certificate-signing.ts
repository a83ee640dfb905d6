/**
 * A Security, the station certificate's request (A02, A03): a fresh key and its CSR in SignCertificate, sent
 * again while no certificate comes (CertSigningWaitMinimum doubled per resend, CertSigningRepeatTimes at most).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';

export type SignedUse = 'ChargingStationCertificate' | 'V2GCertificate';

/** The key of the last CSR, awaiting its certificate. */
export interface PendingKey {
  keyPem: string;
  use: string;
}

export class CertificateSigning {
  private pendingKey: PendingKey | undefined;
  /** The CSR of the pending key, for resending it while no certificate comes (A02.FR.17). */
  private pendingCsr: { csrPem: string; use: string; attempt: number } | undefined;

  private readonly ctx: StationContext;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  /** Generates a key pair and sends its CSR in SignCertificate (A02.FR.02/03); a trigger restarts the resend back-off (A02.FR.19). */
  async request(use: SignedUse, triggered: boolean): Promise<void> {
    const { createCsr } = await import('../../../../pki/csr.js');
    const organization = this.ctx.settings.str('organizationName') ?? 'ocpp-harness test CSO';
    const { csrPem, keyPem } = await createCsr({ commonName: this.ctx.options.stationId, organization, keyType: 'ec' });
    this.ctx.timers.clear('cert-signing');
    this.pendingKey = { keyPem, use };
    this.pendingCsr = { csrPem, use, attempt: 0 };
    await this.sendCsr(triggered);
  }

  /**
   * A certificate came (valid or not): it ends the resend back-off of the pending CSR (A02.FR.17, A02.FR.20)
   * and uses up the pending key, returned for checking and installing the certificate.
   */
  settle(): PendingKey | undefined {
    const key = this.pendingKey;
    this.ctx.timers.clear('cert-signing');
    this.pendingCsr = undefined;
    this.pendingKey = undefined;
    return key;
  }

  /**
   * Sends the pending CSR; once the CSMS accepted it, waits CertSigningWaitMinimum doubled per resend
   * (A02.FR.17/18) for the certificate and sends the CSR again, CertSigningRepeatTimes times at most (A02.FR.19).
   */
  private async sendCsr(triggered: boolean): Promise<void> {
    const pending = this.pendingCsr;
    if (!pending) return;
    const wrongType = pending.use === 'V2GCertificate' && this.ctx.faults.has('sign-certificate-wrong-type');
    const payload: Payload = this.ctx.version === '1.6' ? { csr: pending.csrPem } : { csr: pending.csrPem, certificateType: wrongType ? 'ChargingStationCertificate' : pending.use };
    const outcome = await this.ctx.send('SignCertificate', payload, { triggered });
    if (outcome.kind !== 'result') return;
    if (outcome.payload.status !== 'Accepted') {
      this.ctx.log.warn(`SignCertificate ${String(outcome.payload.status)}`);
      return;
    }
    const waitMinimum = this.ctx.settings.int('certSigningWaitMinimum', 0);
    if (waitMinimum <= 0 || pending.attempt > this.ctx.settings.int('certSigningRepeatTimes', 0)) return;
    if (this.ctx.faults.has('cert-signing-no-retry')) {
      this.ctx.log.debug('fault cert-signing-no-retry: the CSR is not sent again');
      return;
    }
    const doubling = this.ctx.faults.has('cert-signing-backoff-not-doubled') ? 0 : pending.attempt;
    this.ctx.timers.timeout('cert-signing', waitMinimum * 1000 * 2 ** doubling, () => {
      if (this.pendingCsr !== pending) return;
      pending.attempt++;
      void this.sendCsr(true);
    });
  }
}

/**
 * Steps of TC_M_30_CS / TC_M_31_CS (AdditionalRootCertificateCheck, station under test): the new CSMS root installed in
 * the Before (established, not graded), the Reset OnIdle and the reconnection after it, and how long that may take.
 */
import { CaseInconclusive, type CaseContext, type Payload } from '../../kit.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/**
 * <Configured (new) CSMS Root certificate 2>, which the configured old CSMS root (`csms-root`) must have signed: the
 * test PKI's `cso-sub-ca`, a CA certificate issued by `csms-root`. The harness's server certificate is signed by the
 * old root directly, so the new root alone does not verify it (TC_M_31_CS step 3).
 */
export const NEW_CSMS_ROOT = 'cso-sub-ca';
export const OLD_CSMS_ROOT = 'csms-root';

/** Memory State CertificatesInstalled for the new CSMS root: established, a refusal is INCONCLUSIVE. */
export async function newRootInstalled(ctx: Ctx, pem: string): Promise<void> {
  const res = await ctx.sut.callRaw('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: pem });
  const status = res.kind === 'result' ? String((res.payload as Payload).status) : res.kind;
  if (status !== 'Accepted') throw new CaseInconclusive(`Memory State CertificatesInstalled: the station answered the InstallCertificate for the new CSMS root (${NEW_CSMS_ROOT}, signed by ${OLD_CSMS_ROOT}) with ${status}`);
}

/**
 * How long the station may take to be back after the reset: a message timeout per step of the reboot, plus the
 * reconnection back-off it may wait after a failed attempt (OCPPCommCtrlr RetryBackOffWaitMinimum + RandomRange).
 */
export async function reconnectWindowMs(ctx: Ctx): Promise<number> {
  const names = ['RetryBackOffWaitMinimum', 'RetryBackOffRandomRange'];
  const res = await ctx.sut.callRaw('GetVariables', { getVariableData: names.map((name) => ({ component: { name: 'OCPPCommCtrlr' }, variable: { name } })) });
  const results = res.kind === 'result' ? ((res.payload as Payload).getVariableResult as Array<{ attributeValue?: string }> | undefined) ?? [] : [];
  const backOffS = results.reduce((sum, r) => sum + (Number(r.attributeValue) || 0), 0);
  return ctx.ics.timeouts.messageMs * 4 + backOffS * 2000;
}

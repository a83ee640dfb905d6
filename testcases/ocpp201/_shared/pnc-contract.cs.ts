/**
 * The EV's Plug & Charge contract for a charging station case (the OCTT's ISO 15118 EV emulator, the kit's operator
 * action evPlugAndCharge): a contract certificate chain made for the run from the test PKI (contract certificate by the
 * MO Sub-CA, CN the <Configured eMAID>, authorityInfoAccess naming the OCTT's OCSP service), the OCSP service answering
 * for it, and the V2G / MO roots that validate it (Memory State CertificateInstalled). Used by TC_C_50..55_CS and by
 * Reusable State Authorized15118.
 */
import { X509Certificate } from 'node:crypto';
import {
  CaseInconclusive, idTokenFor, issueContractCertificate, ocspRequestFor, OcspResponder, startOcspServer,
  type CaseContext, type ContractCertificate, type IdTokenSpec, type Request,
} from '../../kit.js';
import type { VariableSetting } from './charging-session.cs.js';
import { AUTH_ENABLED } from './configuration-states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
export type RootType = 'V2GRootCertificate' | 'MORootCertificate';
type Pki = Awaited<ReturnType<Ctx['pki']>>;
type HashData = Request<'2.0.1', 'DeleteCertificate'>['certificateHashData'];

/** "For the ISO15118Ctrlr of the EVSE used in the PnC transaction": `name` is `value` (station-wide component). */
export const iso15118Ctrlr = (name: string, value: boolean, optional = false): VariableSetting & { optional?: boolean } =>
  ({ component: 'ISO15118Ctrlr', variable: name, value: String(value), ...(optional ? { optional } : {}) });

/** <Configured seccid>: ISO15118Ctrlr.SeccId of TC_C_50/52_CS and TC_N_63_CS (the name of the SECC, as ISO 15118 writes it). */
export const CONFIGURED_SECC_ID = 'OCPPHARNESSSECC1';
/** <Configured vendorId>: ISO15118Ctrlr.OrganizationName of TC_C_50/52_CS and TC_N_63_CS (the O of the SECC leaf certificate). */
export const CONFIGURED_VENDOR_ID = 'ocpp-harness test CSO';

/**
 * Configuration State of the online cases: AuthCtrlr; CentralContractValidationAllowed `central` (a station without the
 * variable cannot validate centrally, so false needs nothing: "If this variable exists", Part 2 appendix); PnCEnabled
 * true; with `installation` (TC_C_50/52, TC_N_63) the certificate installation switches, SeccId, CountryName NL and
 * OrganizationName, which the Part 2 device model does not require and no validation of these cases reads: set where implemented.
 */
export function onlineConfiguration(central: boolean, installation: boolean): Array<VariableSetting & { optional?: boolean }> {
  return [
    ...AUTH_ENABLED, iso15118Ctrlr('CentralContractValidationAllowed', central, !central), iso15118Ctrlr('PnCEnabled', true),
    ...(installation ? [
      iso15118Ctrlr('ContractCertificateInstallationEnabled', true, true), iso15118Ctrlr('V2GCertificateInstallationEnabled', true, true),
      { component: 'ISO15118Ctrlr', variable: 'SeccId', value: CONFIGURED_SECC_ID, optional: true },
      { component: 'ISO15118Ctrlr', variable: 'CountryName', value: 'NL', optional: true },
      { component: 'ISO15118Ctrlr', variable: 'OrganizationName', value: CONFIGURED_VENDOR_ID, optional: true },
    ] : []),
  ];
}

/** The EV's contract for one case, and the OCTT's OCSP service that answers for it (also a station's GetCertificateStatus). */
export interface PncContract {
  token: IdTokenSpec;
  contract: ContractCertificate;
  close(): Promise<void>;
}

/** Makes the contract certificate (CN the configured eMAID) and starts the OCTT's OCSP service for it; answers GetCertificateStatus from it. */
export async function pncContract(ctx: Ctx): Promise<PncContract> {
  const token = idTokenFor(ctx, 'emaid');
  const pki = await ctx.pki();
  const responder = new OcspResponder(pki);
  const server = await startOcspServer(responder);
  try {
    const contract = await issueContractCertificate(pki, server.url, token.idToken);
    responder.register(contract.certPem);
    responder.register(contract.issuerPem);
    // "The test case should be robust enough to also handle a GetCertificateStatusRequest": answered from the OCSP service.
    ctx.sut.autoAnswer('GetCertificateStatus', (p) => {
      try {
        return { status: 'Accepted', ocspResult: responder.answer(ocspRequestFor(p.ocspRequestData as never)).toString('base64') };
      } catch {
        return { status: 'Failed' };
      }
    });
    return { token: { idToken: token.idToken, type: 'eMAID' }, contract, close: () => server.close() };
  } catch (err) {
    await server.close();
    throw err;
  }
}

// --- Memory State: the roots -------------------------------------------------------------------------

const norm = (s: string): string => s.toLowerCase().replace(/^0+/, '');

async function installedOf(ctx: Ctx, type: RootType): Promise<HashData[]> {
  const ids = await ctx.sut.callRaw('GetInstalledCertificateIds', { certificateType: [type] });
  if (ids.kind !== 'result') return [];
  const chains = (ids.payload.certificateHashDataChain as Array<{ certificateHashData: HashData }> | undefined) ?? [];
  return chains.map((c) => c.certificateHashData);
}

const find = (installed: HashData[], pem: string): HashData | undefined => {
  const serial = norm(new X509Certificate(pem).serialNumber);
  return installed.find((h) => norm(String(h.serialNumber)) === serial);
};

/**
 * Memory State CertificateInstalled (errata 2025-04: always re-installed) for each root of `install`, and the test
 * PKI's MO root NOT installed when `absent` (TC_C_52/53 prerequisite). A refusal is a precondition not established
 * (INCONCLUSIVE). Returns the cleanup: roots the case added are deleted, a root it removed is put back (ungraded).
 */
export async function rootsState(ctx: Ctx, pki: Pki, install: RootType[], absent: RootType[] = []): Promise<() => Promise<void>> {
  const pemOf = (type: RootType) => pki.get(type === 'V2GRootCertificate' ? 'v2g-root' : 'mo-root').certPem;
  const added: Array<{ type: RootType; pem: string }> = [];
  const removed: Array<{ type: RootType; pem: string }> = [];
  const cleanup = async () => {
    for (const r of added) {
      const h = find(await installedOf(ctx, r.type), r.pem);
      if (h) await ctx.sut.callRaw('DeleteCertificate', { certificateHashData: h }).catch(() => undefined);
    }
    for (const r of removed) await ctx.sut.callRaw('InstallCertificate', { certificateType: r.type, certificate: r.pem }).catch(() => undefined);
  };
  try {
    for (const type of install) {
      const pem = pemOf(type);
      const before = find(await installedOf(ctx, type), pem);
      const res = await ctx.sut.call('InstallCertificate', { certificateType: type, certificate: pem });
      if (res.status !== 'Accepted') throw new CaseInconclusive(`Memory State CertificateInstalled for ${type} not established: InstallCertificateResponse ${String(res.status)}`);
      if (!before) added.push({ type, pem });
    }
    for (const type of absent) {
      const pem = pemOf(type);
      const h = find(await installedOf(ctx, type), pem);
      if (!h) continue;
      const res = await ctx.sut.call('DeleteCertificate', { certificateHashData: h });
      if (res.status !== 'Accepted') throw new CaseInconclusive(`Prerequisite not established: the ${type} that validates the EV's contract certificate is installed and DeleteCertificate answered ${String(res.status)}`);
      removed.push({ type, pem });
    }
  } catch (err) {
    await cleanup().catch(() => undefined);
    throw err;
  }
  return cleanup;
}

/** Runs `body` with the roots of the case and the EV's contract, removing what the case installed afterwards (ungraded). */
export async function withContract(ctx: Ctx, roots: { install: RootType[]; absent?: RootType[] }, body: (pnc: PncContract) => Promise<void>): Promise<void> {
  const cleanup = await rootsState(ctx, await ctx.pki(), roots.install, roots.absent);
  const pnc = await pncContract(ctx);
  try {
    await body(pnc);
  } finally {
    await pnc.close();
    ctx.sut.autoAnswer('GetCertificateStatus', { status: 'Failed' });
    await cleanup().catch((err: unknown) => ctx.log(`removing the roots the case installed: ${err instanceof Error ? err.message : String(err)}`));
  }
}

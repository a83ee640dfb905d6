/**
 * Firmware management of the reference Central System, OCPP 1.6 (5.19 Update Firmware, 5.9 Get
 * Diagnostics): the default UpdateFirmware / GetDiagnostics payloads (the operator's hint goes on top:
 * location, retries...). B Provisioning answers FirmwareStatusNotification / DiagnosticsStatusNotification.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import { isoFromNow } from '../../request-helpers.js';
import type { FAULTS } from './faults-16.js';

type Faults = (typeof FAULTS)[number]['name'];

const BUILT_IN_FIRMWARE = 'http://127.0.0.1/firmware.bin';
/** A placeholder, not a certificate: what a UI sends when nobody entered one. */
const BUILT_IN_CERTIFICATE = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n';

const requests: RequestBuilders<Faults> = {
  '1.6': {
    GetDiagnostics: () => ({ location: 'ftp://127.0.0.1/diagnostics' }),
    UpdateFirmware: (ctx) => ({ location: BUILT_IN_FIRMWARE, retrieveDate: isoFromNow(ctx) }),
    // Security whitepaper L01: the operator's hint gives the firmware (location, signingCertificate, signature).
    SignedUpdateFirmware: (ctx) => ({
      requestId: ctx.nextRequestId(),
      firmware: { location: BUILT_IN_FIRMWARE, retrieveDateTime: isoFromNow(ctx), signingCertificate: BUILT_IN_CERTIFICATE, signature: 'c2lnbmF0dXJl' },
    }),
  },
};

/** The request faults: the UI's own location / certificate instead of what the operator entered. */
function shape(has: (f: Faults) => boolean, action: string, payload: Payload): Payload {
  if (action === 'UpdateFirmware' && has('update-firmware-16-own-location')) return { ...payload, location: BUILT_IN_FIRMWARE };
  if (action !== 'SignedUpdateFirmware') return payload;
  const firmware = { ...(payload.firmware as Payload | undefined) };
  if (has('signed-firmware-16-own-location')) firmware.location = BUILT_IN_FIRMWARE;
  if (has('signed-firmware-16-own-certificate')) firmware.signingCertificate = BUILT_IN_CERTIFICATE;
  return { ...payload, firmware };
}

export const create: CsmsBlockFactory<Faults> = (host) => (host.versions.includes('1.6') ? {
  requests: () => requests,
  shapeRequest: (ctx, action, payload: Payload) => (ctx.version === '1.6' ? shape(ctx.csms.hasFault, action, payload) : payload),
} : undefined);

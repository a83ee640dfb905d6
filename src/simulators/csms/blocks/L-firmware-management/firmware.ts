/**
 * L Firmware management, reference CSMS: the default UpdateFirmware (L01), PublishFirmware (L03) and
 * UnpublishFirmware (L04) payloads, on which the operator's hint goes (location, signature, the
 * retrieve / install times); its request faults apply after the hint (shapeRequest). It answers the
 * station's FirmwareStatusNotification (L01.FR.01) and PublishFirmwareStatusNotification (L03).
 * The 1.6 UpdateFirmware default stays the kernel's (requests.ts).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import { isoFromNow } from '../../request-helpers.js';
import { callError, ok, type HandlerTable, type RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const MINUTE_MS = 60_000;
const DEFAULT_LOCATION = 'http://127.0.0.1/firmware.bin';

/** The firmware signing certificate of the CSMS's PKI (the test PKI's firmware-signing role), when it has one. */
function signingCertificate(ctx: RequestContext<Faults>): Payload {
  const pki = ctx.csms.pki;
  return pki ? { signingCertificate: pki.get('firmware-signing').certPem } : {};
}

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);

/** L03 / L04 faults, after the hint named the firmware's location and checksum. */
function publishFaults(ctx: RequestContext<Faults>, action: 'PublishFirmware' | 'UnpublishFirmware', payload: Payload): Payload {
  const has = ctx.csms.hasFault;
  if (action === 'UnpublishFirmware') {
    if (!has('unpublish-firmware-checksum-missing')) return payload;
    const { checksum: _dropped, ...rest } = payload;
    return rest;
  }
  return {
    ...payload,
    ...(has('publish-firmware-location-wrong') ? { location: DEFAULT_LOCATION } : {}),
    ...(has('publish-firmware-checksum-wrong') ? { checksum: 'f'.repeat(32) } : {}),
  };
}

class CsmsFirmware {
  constructor(private readonly retries: boolean) {}

  handlers(): HandlerTable<Faults> {
    return {
      FirmwareStatusNotification: (_p, ctx) => (ctx.csms.hasFault('firmware-status-unhandled')
        ? callError('InternalError', 'unexpected FirmwareStatusNotification') : ok({})),
      PublishFirmwareStatusNotification: (_p, ctx) => (ctx.csms.hasFault('publish-firmware-status-unhandled')
        ? callError('InternalError', 'unexpected PublishFirmwareStatusNotification') : ok({})),
    };
  }

  requests(): RequestBuilders<Faults> {
    return {
      '2.0.1': {
        // L01: download now (the hint schedules it), signed with the CSMS's firmware signing certificate.
        UpdateFirmware: (ctx) => ({
          requestId: ctx.nextRequestId(),
          // The personality firmware-retries: how often and how far apart the station retries is the CSMS's choice (0..1).
          ...(this.retries ? { retries: 3, retryInterval: 30 } : {}),
          firmware: { location: DEFAULT_LOCATION, retrieveDateTime: isoFromNow(ctx), ...signingCertificate(ctx) },
        }),
        // L03 / L04: the checksum is the MD5 of the firmware file (the hint gives the real one).
        PublishFirmware: (ctx) => ({ location: DEFAULT_LOCATION, checksum: '0'.repeat(32), requestId: ctx.nextRequestId() }),
        UnpublishFirmware: () => ({ checksum: '0'.repeat(32) }),
      },
    };
  }

  /** The faults act after the operator's hint named the firmware and its times. */
  shapeRequest(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
    if (ctx.version !== '2.0.1') return payload;
    if (action === 'PublishFirmware' || action === 'UnpublishFirmware') return publishFaults(ctx, action, payload);
    if (action !== 'UpdateFirmware' || !isObject(payload.firmware)) return payload;
    const has = ctx.csms.hasFault;
    const firmware: Payload = { ...payload.firmware };
    if (has('firmware-signing-certificate-dropped')) delete firmware.signingCertificate;
    if (has('firmware-signature-dropped')) delete firmware.signature;
    if (has('firmware-install-time-past')) firmware.installDateTime = isoFromNow(ctx, -MINUTE_MS);
    if (has('firmware-retrieve-time-past')) firmware.retrieveDateTime = isoFromNow(ctx, -MINUTE_MS);
    if (has('firmware-retrieve-time-missing')) delete firmware.retrieveDateTime;
    return { ...payload, firmware };
  }
}

export const create: CsmsBlockFactory<Faults> = (host) => (host.versions.length ? new CsmsFirmware(host.behaviour?.firmwareRetries ?? false) : undefined);

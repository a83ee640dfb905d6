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

const requests: RequestBuilders<Faults> = {
  '1.6': {
    GetDiagnostics: () => ({ location: 'ftp://127.0.0.1/diagnostics' }),
    UpdateFirmware: (ctx) => ({ location: BUILT_IN_FIRMWARE, retrieveDate: isoFromNow(ctx) }),
  },
};

export const create: CsmsBlockFactory<Faults> = (host) => (host.versions.includes('1.6') ? {
  requests: () => requests,
  shapeRequest: (ctx, action, payload: Payload) => (ctx.version === '1.6' && action === 'UpdateFirmware' && ctx.csms.hasFault('update-firmware-16-own-location') ? { ...payload, location: BUILT_IN_FIRMWARE } : payload),
} : undefined);

import { defineTestCase } from '../../kit.js';
import { renewStationCertificate } from '../_shared/certificates.cs.js';
import { component, configurationState, seccEvses } from './steps.cs.js';

export const TC_A_12_CS = defineTestCase({
  id: 'TC_A_12_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - V2G Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['A02', 'F06', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06', 'A02.FR.13', 'A02.FR.15', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  catches: ['sign-certificate-wrong-type', 'trigger-not-sent'],
  async run(ctx) {
    // 1. Memory State RenewV2GChargingStationCertificate. Before: the ISO 15118 controller's settings (each if implemented).
    const restore = await configurationState(ctx, [
      { ...component('ISO15118Ctrlr', 'V2GCertificateInstallationEnabled'), value: 'true', optional: true },
      { ...component('ISO15118Ctrlr', 'CountryName'), value: 'NL', optional: true },
      { ...component('ISO15118Ctrlr', 'OrganizationName'), value: ctx.ics.station.vendor, optional: true },
    ]);
    // The EVSEs with a SeccId (from a GetBaseReport); steps 1-6 once per EVSE, or once without an EVSE when none has one.
    const evses = await seccEvses(ctx);
    for (const evseId of evses.length ? evses : [undefined]) {
      await renewStationCertificate(ctx, 'V2GCertificate', evseId === undefined ? {} : { evseId });
    }
    await restore();
  },
});

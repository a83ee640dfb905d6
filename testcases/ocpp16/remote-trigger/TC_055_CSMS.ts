/** OCTT 1.6 §3.18.2, Table 172: Trigger Message - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds } from '../_shared/states.csms.js';
import { triggerSent } from './steps.csms.js';

export const TC_055_CSMS = defineTestCase({
  id: 'TC_055_CSMS',
  title: 'Trigger Message - Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Remote Trigger'],
  covers: ['5.17'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // Prerequisite: the Central System can send TriggerMessage.req for a connector that is not configured.
    // 1. TriggerMessage.req MeterValues for connectorId <Configured NumberOfConnectors + 1>. 2. The Charge Point answers Rejected.
    await triggerSent(ctx, 'MeterValues', 'Rejected', 'step 1', connectorIds(ctx).length + 1);
  },
});

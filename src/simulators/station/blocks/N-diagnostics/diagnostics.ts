/** N Diagnostics on the reference station (2.0.1; 1.6: the security whitepaper's GetLog): monitoring (monitoring.ts), customer information (customer-information.ts) and log upload (get-log.ts). */
import type { BlockFactory, BlockHost } from '../../block-host.js';
import type { DeviceModelPort } from '../B-provisioning/port.js';
import type { HandlerTable } from '../../types.js';
import { CustomerInformation } from './customer-information.js';
import { GetLog } from './get-log.js';
import { Monitoring } from './monitoring.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const isDeviceModel = (store: object): store is DeviceModelPort => 'lookupVariable' in store;

export const create: BlockFactory<Faults> = (host: BlockHost<Faults>) => {
  // 1.6 security whitepaper: GetLog / LogStatusNotification as N01 (OCTT 1.6 TC_079_CS).
  if (host.version === '1.6') {
    const logs16 = new GetLog(host);
    return { handlers: (): HandlerTable => logs16.handlers() };
  }
  if (host.version !== '2.0.1' || !isDeviceModel(host.store)) return undefined;
  const monitoring = new Monitoring(host, host.store);
  const customers = new CustomerInformation(host);
  const logs = new GetLog(host);
  return {
    handlers: (): HandlerTable => ({ ...monitoring.handlers(), ...customers.handlers(), ...logs.handlers() }),
    actions: () => ({ ...monitoring.actions(), ...customers.actions(), ...logs.actions() }),
    onReboot: () => monitoring.onReboot(),
    onSettingChanged: () => monitoring.onSettingChanged(),
  };
};

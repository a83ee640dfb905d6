/** D Local Authorization List of the reference CSMS: it owns the SendLocalList / GetLocalListVersion requests. */
import type { CsmsBlockFactory } from '../../block-host.js';
import type { FAULTS } from './faults.js';
import { LOCAL_LIST_REQUESTS } from './requests.js';
import { shapeLocalList16 } from './requests-16.js';

export const create: CsmsBlockFactory<(typeof FAULTS)[number]['name']> = () => ({ requests: () => LOCAL_LIST_REQUESTS, shapeRequest: shapeLocalList16 });

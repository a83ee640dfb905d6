/** ISO 15118 Plug & Charge of the reference station (the EV side and what the station forwards): its faults, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'ev-certificate-action-swapped', versions: V201, requirement: 'M01.FR.01 / M02.FR.01 (Part 6 TC_M_26..29_CS step 1: action Install for an installation, Update for an update)',
    description: 'Forwards the EV\'s certificate installation as Get15118EVCertificate action Update, and an update as Install.' },
  { name: 'ev-certificate-failed-authorizes', versions: V201, requirement: 'M01/M02 (Part 6 TC_M_27/29_CS step 3: no AuthorizationRequest after status Failed)',
    description: 'After Get15118EVCertificate answered Failed, still authorizes the EV with an AuthorizeRequest.' },
]);

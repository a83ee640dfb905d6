/** ISO 15118 Plug & Charge of the reference station (the EV side and what the station forwards): its faults, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'ev-certificate-action-swapped', versions: V201, requirement: 'M01.FR.01 / M02.FR.01 (Part 6 TC_M_26..29_CS step 1: action Install for an installation, Update for an update)',
    description: 'Forwards the EV\'s certificate installation as Get15118EVCertificate action Update, and an update as Install.' },
  { name: 'ev-certificate-failed-authorizes', versions: V201, requirement: 'M01/M02 (Part 6 TC_M_27/29_CS step 3: no AuthorizationRequest after status Failed)',
    description: 'After Get15118EVCertificate answered Failed, still authorizes the EV with an AuthorizeRequest.' },
  { name: 'pnc-hash-data-missing', versions: V201, requirement: 'C07.FR.02 (Part 6 TC_C_50/51_CS step 1: iso15118CertificateHashData is provided)',
    description: 'Plug & Charge with a locally validated contract certificate: the AuthorizeRequest carries the eMAID without iso15118CertificateHashData.' },
  { name: 'pnc-central-certificate-missing', versions: V201, requirement: 'C07.FR.06 (Part 6 TC_C_52/53_CS step 1: certificate is provided)',
    description: 'Plug & Charge without the root to validate the contract certificate (central validation allowed): the AuthorizeRequest leaves the certificate chain out.' },
  { name: 'pnc-offline-validation-refused', versions: V201, requirement: 'C07.FR.08 (Part 6 TC_C_54_CS step 7: TransactionEventRequest Authorized while offline)',
    description: 'Offline with ContractValidationOffline true: refuses the EV\'s contract certificate instead of validating it locally.' },
  { name: 'pnc-offline-charges', versions: V201, requirement: 'C07.FR.07 (Part 6 TC_C_55_CS: no charging while offline with ContractValidationOffline false)',
    description: 'Offline with ContractValidationOffline false: still authorizes the EV (and lets it charge).' },
]);

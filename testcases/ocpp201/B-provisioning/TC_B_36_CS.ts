import { cv, setVariablesNegative } from './steps.cs.js';

export const TC_B_36_CS = setVariablesNegative('TC_B_36_CS', 'Set Variables - Unknown variable', 'B05.FR.05',
  cv('OCPPCommCtrlr', 'UnknownVariable'), 'UnknownVariable', 'setvariables-unknown-accepted');

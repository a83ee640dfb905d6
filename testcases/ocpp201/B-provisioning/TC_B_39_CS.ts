import { cv, setVariablesNegative } from './steps.cs.js';

export const TC_B_39_CS = setVariablesNegative('TC_B_39_CS', 'Set Variables - Read-only', 'B05.FR.09',
  cv('OCPPCommCtrlr', 'MessageTimeout', 'Default'), 'Rejected', 'setvariables-readonly-accepted');

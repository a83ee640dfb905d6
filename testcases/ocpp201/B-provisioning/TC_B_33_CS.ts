import { cv, getVariablesNegative } from './steps.cs.js';

export const TC_B_33_CS = getVariablesNegative('TC_B_33_CS', 'Get Variables - Unknown variable', 'B06.FR.07',
  cv('OCPPCommCtrlr', 'UnknownVariable'), 'UnknownVariable');

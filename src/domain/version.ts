/** The OCPP versions the harness speaks. */
export type OcppVersion = '1.6' | '2.0.1' | '2.1';

export const OCPP_VERSIONS: readonly OcppVersion[] = ['1.6', '2.0.1', '2.1'];

/** 2.0.1 and 2.1 share their message model and block letters; 1.6 is a family of its own. */
export type OcppFamily = '1.6' | '2.x';

export function family(version: OcppVersion): OcppFamily {
  return version === '1.6' ? '1.6' : '2.x';
}

/** The catalogue folder of each version: testcases/<folder>/. */
export const VERSION_FOLDERS: Readonly<Record<OcppVersion, string>> = { '1.6': 'ocpp16', '2.0.1': 'ocpp201', '2.1': 'ocpp21' };

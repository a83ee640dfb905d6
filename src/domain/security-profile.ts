/** OCPP security profiles: 0 plain ws (test labs only), 1 Basic auth over ws, 2 Basic auth over TLS, 3 mutual TLS. */
export type SecurityProfile = 0 | 1 | 2 | 3;

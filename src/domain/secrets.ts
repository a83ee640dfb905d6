/**
 * The secrets the harness never writes out (one list for frames, reports and the simulators' log):
 * variables and configuration keys whose value is a credential, and PEM private key blocks.
 */

/** 2.x device-model variables whose value is a secret (SecurityCtrlr.BasicAuthPassword). */
export const SECRET_VARIABLES: readonly string[] = ['BasicAuthPassword'];

/** 1.6 configuration keys whose value is a secret. */
export const SECRET_KEYS: readonly string[] = ['AuthorizationKey'];

/**
 * A PEM private key block (PKCS#1, PKCS#8, encrypted, EC, OpenSSH); an unterminated one runs to the
 * end of the string. Global: use it with `String.prototype.replace`, which resets it.
 */
export const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g;

/** What a private key block is replaced with. */
export const REDACTED_PRIVATE_KEY = '[redacted private key]';

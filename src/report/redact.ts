/**
 * Defense in depth for report writers: the engine masks secrets in the config, but a frame,
 * a reason or an ICS field could still carry a private key. Every string that goes into a
 * journal, results.json or the HTML passes through here.
 */
export const REDACTED_PRIVATE_KEY = '[redacted private key]';

/** A PEM private key block (PKCS#1, PKCS#8, encrypted, EC, OpenSSH); an unterminated one runs to the end of the string. */
const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g;

export function redactString(text: string): string {
  if (!text.includes('PRIVATE KEY-----')) return text;
  return text.replace(PEM_PRIVATE_KEY, REDACTED_PRIVATE_KEY);
}

/**
 * Returns `value` with every PEM private key block in every string replaced. Copy on write:
 * objects without a secret are returned as they are, so a large clean run costs one walk.
 */
export function redactSecrets<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = redactValue(item);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = redactValue(item);
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

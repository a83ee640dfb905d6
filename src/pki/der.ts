/**
 * A minimal DER reader: finds the exact bytes of the fields the PKI layer hashes or verifies
 * (a CSR's CertificationRequestInfo, a certificate's issuer name and public key). Decoding of
 * values (OIDs, strings, times) is left to node-forge's asn1 module.
 */
import forge from 'node-forge';

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  SEQUENCE: 0x30,
  SET: 0x31,
  CONTEXT_0: 0xa0,
  CONTEXT_3: 0xa3,
} as const;

export interface Tlv {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just after the last content byte. */
  end: number;
}

class DerError extends Error {
  override name = 'DerError';
}

export function readTlv(buf: Buffer, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError(`truncated DER at offset ${offset}`);
  const tag = buf[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`unsupported high tag number at offset ${offset}`);
  let pos = offset + 1;
  const first = buf[pos++] as number;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const n = first & 0x7f;
    if (n === 0) throw new DerError(`indefinite length at offset ${offset} is not DER`);
    if (n > 4) throw new DerError(`length too long at offset ${offset}`);
    if (pos + n > limit) throw new DerError(`truncated length at offset ${offset}`);
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (buf[pos++] as number);
  }
  const end = pos + length;
  if (end > limit) throw new DerError(`value at offset ${offset} runs past its container`);
  return { tag, start: offset, contentStart: pos, end };
}

/** The TLVs directly inside a constructed TLV. */
export function childrenOf(buf: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let pos = parent.contentStart;
  while (pos < parent.end) {
    const t = readTlv(buf, pos, parent.end);
    out.push(t);
    pos = t.end;
  }
  return out;
}

/** Reads a whole DER document that must be exactly one TLV with the given tag. */
export function readRoot(buf: Buffer, tag: number): Tlv {
  const root = readTlv(buf, 0);
  if (root.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}, found 0x${root.tag.toString(16)}`);
  if (root.end !== buf.length) throw new DerError('trailing bytes after the DER structure');
  return root;
}

export function expectTag(t: Tlv | undefined, tag: number, what: string): Tlv {
  if (!t || t.tag !== tag) throw new DerError(`${what}: expected tag 0x${tag.toString(16)}`);
  return t;
}

export const whole = (buf: Buffer, t: Tlv): Buffer => buf.subarray(t.start, t.end);
export const content = (buf: Buffer, t: Tlv): Buffer => buf.subarray(t.contentStart, t.end);

export function readOid(buf: Buffer, t: Tlv): string {
  expectTag(t, TAG.OID, 'OID');
  return forge.asn1.derToOid(content(buf, t).toString('binary'));
}

/** forge's asn1 works on "binary" strings (one char a byte). */
export const fromBinary = (s: string): Buffer => Buffer.from(s, 'binary');

export function forgeToDer(node: forge.asn1.Asn1): Buffer {
  return fromBinary(forge.asn1.toDer(node).getBytes());
}

/** Encodes one TLV (definite length) around already-encoded content. */
export function encodeTlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  let header: Buffer;
  if (n < 0x80) header = Buffer.from([tag, n]);
  else {
    const len: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) len.unshift(v % 256);
    header = Buffer.from([tag, 0x80 | len.length, ...len]);
  }
  return Buffer.concat([header, body]);
}

export const sequence = (...parts: Buffer[]): Buffer => encodeTlv(TAG.SEQUENCE, Buffer.concat(parts));

/** A BIT STRING holding whole bytes (no unused bits). */
export const bitString = (bytes: Buffer): Buffer => encodeTlv(TAG.BIT_STRING, Buffer.concat([Buffer.from([0]), bytes]));

/** A non-negative INTEGER from its big-endian magnitude. */
export function unsignedInteger(magnitude: Buffer): Buffer {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  let v = magnitude.subarray(i);
  if (v.length === 0) v = Buffer.from([0]);
  if (((v[0] as number) & 0x80) !== 0) v = Buffer.concat([Buffer.from([0]), v]);
  return encodeTlv(TAG.INTEGER, v);
}

/**
 * The file part of a multipart/form-data body (RFC 7578), as stations POST their log and diagnostics
 * uploads. Only what an upload needs: the first part that carries a file name, else the first part.
 */

export interface UploadedPart {
  filename?: string;
  contentType?: string;
  bytes: Buffer;
}

/** The boundary of a multipart/form-data Content-Type, or undefined for any other type. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

function headerValue(headers: string, name: string): string | undefined {
  for (const line of headers.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) return line.slice(colon + 1).trim();
  }
  return undefined;
}

/** The parts of `body`; an unparsable body gives an empty list (the caller then keeps the raw bytes). */
export function multipartParts(body: Buffer, boundary: string): UploadedPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: UploadedPart[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start + 2, next - 2); // skip the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8');
      const disposition = headerValue(headers, 'content-disposition') ?? '';
      const filename = /filename="([^"]*)"/i.exec(disposition)?.[1] ?? /filename=([^;\s]+)/i.exec(disposition)?.[1];
      const contentType = headerValue(headers, 'content-type');
      parts.push({ ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}), bytes: Buffer.from(part.subarray(split + 4)) });
    }
    at = next;
  }
  return parts;
}

/** The uploaded file of a multipart body: the first part with a file name, else the first part. */
export function uploadedFile(body: Buffer, boundary: string): UploadedPart | undefined {
  const parts = multipartParts(body, boundary);
  return parts.find((p) => p.filename !== undefined) ?? parts[0];
}

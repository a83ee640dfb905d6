/** Reads RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into records by header. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * The facts table's profile column: `Core (M); Smart Charging (C: SC-4)`, with the condition's
 * feature ids flattened (no and/or). Rows outside every profile say "not listed ...".
 */
export function parseProfileColumn(text: string): Array<{ profile: string; mandatory: boolean; features: string[] }> {
  return text.split(';').map((s) => s.trim()).filter((s) => s && !/^not listed/i.test(s)).map((s) => {
    const m = /^(.*?)\s*\((M|C)(?::\s*(.*))?\)\s*$/.exec(s);
    if (!m) return { profile: s, mandatory: true, features: [] };
    return { profile: m[1]!, mandatory: m[2] === 'M', features: (m[3] ?? '').split(/\s+/).filter((f) => /^[A-Z]+-[\d.]+$/i.test(f)) };
  });
}

/**
 * Reads the test-case tables of OCPP 2.0.1 Part 5 (and the Part 5 changes of its errata sheet),
 * converted to Markdown with one HTML table per line. Each case row holds: TC id (no role suffix),
 * scenario, M/C for the charging station, M/C for the CSMS, remark, feature no., feature.
 */
export interface Part5Row {
  /** The section the row was found under: a profile name for Part 5, the errata item ("5.11") for the errata. */
  section: string;
  /** TC_B_01 */
  id: string;
  scenario: string;
  cs: string;
  csms: string;
  featureNo: string;
  /** 'Old' / 'New' / 'Removed' / 'Added to Core' in the errata sheet; '' in Part 5. */
  marker: string;
}

const ID = /^TC_[A-Z]_\d+$/;

export function cellText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

export function tableRows(line: string): string[][] {
  return line.split('<tr>').slice(1).map((tr) => [...tr.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => cellText(m[1]!)));
}

function rowOf(cells: string[], section: string): Part5Row | undefined {
  let marker = '';
  let rest = cells;
  if (!ID.test(rest[0] ?? '') && ID.test(rest[1] ?? '')) { marker = rest[0]!; rest = rest.slice(1); }
  if (!ID.test(rest[0] ?? '') || rest.length < 4) return undefined;
  return { section, id: rest[0]!, scenario: rest[1] ?? '', cs: rest[2] ?? '', csms: rest[3] ?? '', featureNo: rest[5] ?? '', marker };
}

/** The case rows of Part 5 chapter 4, with the profile of the table each is in ("4.2. Test Cases Core"). */
export function part5Rows(markdown: string): Part5Row[] {
  const rows: Part5Row[] = [];
  let profile: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^#?\s*4\.\d+\.\s+Test Cases (.+?)\s*$/.exec(line);
    if (heading) { profile = heading[1]!; continue; }
    if (/^#\s*5\.\s/.test(line)) profile = undefined;
    if (!profile || !line.includes('<table')) continue;
    for (const cells of tableRows(line)) {
      const row = rowOf(cells, profile);
      if (row) rows.push(row);
    }
  }
  return rows;
}

/**
 * Case rows of the errata sheet's Part 5 chapter, with the errata item each belongs to. Multi-line
 * cells are joined first (some errata tables wrap a cell over lines).
 */
export function errataPart5Rows(markdown: string): Part5Row[] {
  const start = markdown.search(/^# 5\. Part 5\s*$/m);
  const end = markdown.search(/^# 6\. Part 6\s*$/m);
  if (start < 0) return [];
  const chapter = markdown.slice(start, end > start ? end : undefined);
  const rows: Part5Row[] = [];
  let item = '';
  for (const block of chapter.split(/(?=^# 5\.\d+\.)/m)) {
    // "# 5.18. Test Cases ..." is a sub-heading the conversion numbered, not an errata item.
    const m = /^# (5\.\d+)\.\s+(?!Test Cases)/.exec(block);
    if (m) item = m[1]!;
    const tables = block.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    for (const table of tables) {
      for (const cells of tableRows(table)) {
        const row = rowOf(cells, item);
        if (row) rows.push(row);
      }
    }
  }
  return rows;
}

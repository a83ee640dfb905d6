/**
 * The script inside report.html. It is written here as a typed function and shipped as its
 * own source text (`reportClient.toString()`), so it must stay self-contained: it imports types
 * only (erased when compiled) and refers to nothing outside its body. Every SUT-supplied string reaches the page
 * through textContent or a text node, never through innerHTML.
 */
import type { ClientDetail, ClientIndex } from './client-model.js';
import type { DomControl, DomDocument, DomElement } from './dom.js';

declare const document: DomDocument;
declare const window: { addEventListener(type: string, listener: () => void): void };
declare const location: { readonly hash: string };

export function reportClient(): void {
  const FIRST_PAGE = 200;
  const PAGE = 500;
  const AFTER_OFFENDING = 20;
  const MAX_PRETTY = 20000;
  const TYPES: Record<number, string> = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR', 5: 'CALLRESULTERROR', 6: 'SEND' };
  const OUTCOME_TITLE: Record<string, string> = {
    FAIL: 'Why it failed',
    ERROR: 'Harness error (the SUT is not blamed)',
    INCONCLUSIVE: 'Why it is inconclusive',
    NOT_APPLICABLE: 'Why it is not applicable',
  };
  const STEP_MARK: Record<string, string> = { ok: '\u2713', fail: '\u2717', info: '\u2022' };

  const doc = document;
  const win = window as unknown as Record<string, unknown>;
  const byTestId = (id: string): DomControl => doc.querySelector(`[data-testid="${id}"]`) as DomControl;
  const index = JSON.parse(doc.getElementById('report-index')?.textContent || '{"cases":[]}') as ClientIndex;
  const list = byTestId('case-list');
  const rows = Array.from(list.querySelectorAll('.case[data-i]'));
  const fVerdict = byTestId('filter-verdict');
  const fProfile = byTestId('filter-profile');
  const fBlock = byTestId('filter-block');
  const fText = byTestId('filter-text');
  const count = byTestId('filter-count');
  const noMatch = byTestId('no-match');
  /** Who is who in a case: a run can mix cases testing a station and cases testing a CSMS. */
  const roleText = (role: 'CS' | 'CSMS') =>
    role === 'CS'
      ? { harness: 'harness (playing the CSMS)', sut: 'SUT (charging station)', both: 'the harness plays the CSMS, the SUT is the charging station' }
      : { harness: 'harness (playing the charging station)', sut: 'SUT (CSMS)', both: 'the harness plays the charging station, the SUT is the CSMS' };

  function el(tag: string, cls?: string, text?: string): DomControl {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function time(t: number): string {
    return Number.isFinite(t) ? new Date(t).toISOString().slice(11, 23) : '?';
  }

  function rel(ms: number): string {
    if (!Number.isFinite(ms)) return '';
    return ms < 10000 ? `+${Math.round(ms)} ms` : `+${(ms / 1000).toFixed(2)} s`;
  }

  function applyFilters(): void {
    const v = fVerdict.value;
    const p = fProfile.value;
    const b = fBlock.value;
    const terms = fText.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const c = index.cases[Number(row.dataset.i)];
      const ok = !!c && (!v || c.v === v) && (!p || c.p.includes(p)) && (!b || c.b === b) && terms.every((term) => c.s.includes(term));
      if (row.hidden === ok) row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `${shown} of ${rows.length} cases`;
    noMatch.hidden = shown > 0;
    win.__lastFilterAt = performance.now();
  }

  function highlight(pre: DomElement, text: string): void {
    const re = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(?:true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
    const frag = doc.createDocumentFragment();
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > last) frag.append(text.slice(last, m.index));
      if (m[1] !== undefined) {
        frag.append(el('span', m[2] ? 'k' : 's', m[1]));
        if (m[2]) frag.append(m[2]);
      } else {
        frag.append(el('span', /^[tfn]/.test(m[0]) ? 'b' : 'n', m[0]));
      }
      last = re.lastIndex;
    }
    frag.append(text.slice(last));
    pre.append(frag);
  }

  /** Fills a frame's JSON view; a huge payload shows its start and returns a button to show the rest. */
  function fillJson(pre: DomElement, text: string, pretty: boolean): DomElement | undefined {
    const shown = text.length > MAX_PRETTY ? text.slice(0, MAX_PRETTY) : text;
    if (pretty) highlight(pre, shown);
    else pre.textContent = shown;
    if (shown.length === text.length) return undefined;
    const more = el('button', 'btn more', `Show all ${Math.round(text.length / 1024)} KB (${text.length - shown.length} more characters)`);
    more.type = 'button';
    more.addEventListener('click', () => {
      more.remove();
      pre.textContent = text;
    });
    return more;
  }

  /** OCPP-J reads best with the header on one line: `[2, "id", "Action", {` then the payload. */
  function pretty(message: unknown): string {
    if (!Array.isArray(message) || message.length < 2) return JSON.stringify(message, null, 2);
    const head = message.slice(0, -1);
    if (head.some((v) => typeof v === 'object' && v !== null)) return JSON.stringify(message, null, 2);
    return `[${head.map((v) => JSON.stringify(v)).join(', ')}, ${JSON.stringify(message[message.length - 1], null, 2)}]`;
  }

  /** The texts of display messages in a payload (MessageContentType: format, content, language), each with its language. */
  function messageTexts(v: unknown, out: Array<[string, string]> = [], depth = 0): Array<[string, string]> {
    if (depth > 8 || out.length >= 20 || typeof v !== 'object' || v === null) return out;
    const o = v as Record<string, unknown>;
    if (typeof o.content === 'string' && typeof o.format === 'string') out.push([typeof o.language === 'string' ? o.language : '(no language)', o.content]);
    for (const x of Array.isArray(v) ? v : Object.values(o)) messageTexts(x, out, depth + 1);
    return out;
  }

  function renderFrame(d: ClientDetail, i: number): DomElement {
    const f = d.frames[i]!;
    const [t, dir, action, raw, findings, off] = f;
    const box = el('div', `frame ${dir === 'rx' ? 'rx' : 'tx'}${off ? ' offending' : ''}`);
    box.dataset.frame = String(i);
    const head = el('div', 'frame-head');
    const dirText = dir === 'tx' ? 'Harness \u2192 SUT' : 'SUT \u2192 Harness';
    const dirEl = el('span', 'fdir', dirText);
    const who = roleText(d.role);
    dirEl.title = `${dir}: sent by the ${dir === 'tx' ? who.harness : who.sut}`;
    head.append(el('span', 'fidx', `#${i}`), el('span', 'ftime', time(t)), el('span', 'frel', rel(t - d.t0)), dirEl);
    let parsed: unknown;
    let bad = false;
    try {
      parsed = JSON.parse(raw);
    } catch {
      bad = true;
    }
    const kind = bad ? 'malformed' : Array.isArray(parsed) && typeof parsed[0] === 'number' ? (TYPES[parsed[0]] ?? `type ${parsed[0]}`) : 'not OCPP-J';
    head.append(el('span', `ftype ${kind}`, kind));
    if (action) head.append(el('span', 'faction', action));
    const mid: unknown = Array.isArray(parsed) && parsed.length > 1 ? parsed[1] : undefined;
    if (typeof mid === 'string' || typeof mid === 'number') head.append(el('span', 'fmid', `id ${String(mid)}`));
    if (off) head.append(el('span', 'badge-off', 'Offending frame'));
    box.append(head);
    if (findings && findings.length > 0) {
      const ul = el('ul', 'findings');
      for (const finding of findings) ul.append(el('li', '', finding));
      box.append(ul);
    }
    // Messages for the driver, one line per language, as text (SUT text: never markup).
    const texts = bad ? [] : messageTexts(parsed);
    const dl = el('dl', 'msg-texts');
    dl.dataset.testid = 'message-texts';
    for (const [lang, content] of texts) dl.append(el('dt', '', lang), el('dd', '', content));
    if (texts.length) box.append(dl);
    // A hostile frame may nest deeper than JSON.stringify can recurse: show it as sent, unformatted.
    let text = raw;
    let formatted = !bad;
    if (formatted) {
      try {
        text = pretty(parsed);
      } catch {
        formatted = false;
      }
    }
    const pre = el('pre', formatted ? 'json' : 'json bad');
    const more = fillJson(pre, text, formatted);
    box.append(pre);
    if (more) box.append(more);
    return box;
  }

  function renderTrace(d: ClientDetail, trace: DomElement): void {
    let next = 0;
    const more = el('button', 'btn more');
    more.type = 'button';
    const page = (until: number): void => {
      const end = Math.min(d.frames.length, until);
      const frag = doc.createDocumentFragment();
      for (; next < end; next++) {
        const frame = renderFrame(d, next);
        frame.dataset.testid = `frame-${d.id}-${next}`;
        frag.append(frame);
      }
      trace.append(frag);
      const left = d.frames.length - next;
      if (left > 0) {
        more.textContent = `Show ${Math.min(PAGE, left)} more of ${left} remaining frames`;
        trace.append(more);
      } else {
        more.remove();
      }
    };
    more.addEventListener('click', () => page(next + PAGE));
    page(Math.max(FIRST_PAGE, d.off >= 0 ? d.off + 1 + AFTER_OFFENDING : 0));
    if (d.frames.length === 0) trace.append(el('div', 'note', 'No frame was exchanged during this case.'));
  }

  function meta(box: DomElement, label: string, value: string): void {
    if (!value) return;
    const span = el('span');
    span.append(`${label} `, el('b', '', value));
    box.append(span);
  }

  function renderDetail(d: ClientDetail, detail: DomElement): void {
    const frag = doc.createDocumentFragment();
    const m = el('div', 'detail-meta');
    meta(m, 'Started', d.startedAt.replace('T', ' ').replace('Z', ' UTC'));
    meta(m, 'Duration', `${Math.round(d.durationMs)} ms`);
    meta(m, 'Block', d.block);
    meta(m, 'Profiles', d.profiles.map((p) => `${p[0]} (${p[1] ? 'mandatory' : p[2] ? `conditional: ${p[2]}` : 'conditional'})`).join(', '));
    meta(m, 'Covers', d.covers.join(', '));
    meta(m, 'Catches', d.catches.join(', '));
    frag.append(m);

    if (d.verdict !== 'PASS') {
      const box = el('div', `outcome ${d.verdict}`);
      box.dataset.testid = 'case-outcome';
      box.append(el('h4', '', OUTCOME_TITLE[d.verdict] ?? d.verdict), el('div', 'reason', d.reason ?? ''));
      if (d.requirement) {
        const req = el('div', 'req');
        req.append('Requirement ', el('code', '', d.requirement));
        box.append(req);
      }
      if (d.off >= 0 && d.frames[d.off]) {
        const wrap = el('div', 'offending-wrap');
        const h = el('h4', '', 'Offending frame');
        const jump = el('a', 'jump', 'show in the trace \u2193');
        jump.href = '#';
        jump.dataset.jump = String(d.off);
        h.append(jump);
        const frame = renderFrame(d, d.off);
        frame.dataset.testid = 'offending-frame';
        wrap.append(h, frame);
        box.append(wrap);
      }
      frag.append(box);
    }

    if (d.adv.length > 0) {
      const box = el('div', 'outcome advisory');
      box.dataset.testid = 'case-advisories';
      box.append(el('h4', '', `Advisories (${d.adv.length}) \u2014 beyond the official validations, not failures`));
      for (const [text, requirement, frame] of d.adv) {
        const line = el('div', 'reason', text);
        if (requirement) line.append(' ', el('code', '', requirement));
        if (frame >= 0) {
          const jump = el('a', 'jump', ' frame \u2193');
          jump.href = '#';
          jump.dataset.jump = String(frame);
          line.append(jump);
        }
        box.append(line);
      }
      frag.append(box);
    }

    const stepsTitle = el('h3', 'sub', 'Steps');
    stepsTitle.append(el('span', 'hint', `${d.steps.length} step${d.steps.length === 1 ? '' : 's'}`));
    frag.append(stepsTitle);
    if (d.steps.length > 0) {
      const table = el('table', 'steps');
      table.dataset.testid = 'case-steps';
      const body = el('tbody');
      for (const [t, outcome, text] of d.steps) {
        const tr = el('tr', outcome);
        const when = el('td', 'time', time(t));
        when.title = rel(t - d.t0);
        tr.append(when, el('td', 'time', rel(t - d.t0)), el('td', 'mark', STEP_MARK[outcome] ?? ''), el('td', '', text));
        body.append(tr);
      }
      table.append(body);
      frag.append(table);
    } else {
      frag.append(el('div', 'note', 'No step was recorded.'));
    }

    const traceTitle = el('h3', 'sub trace-title', 'Message trace');
    traceTitle.append(el('span', 'hint', `${d.frames.length} frame${d.frames.length === 1 ? '' : 's'} \u00b7 ${roleText(d.role).both}`));
    const trace = el('div', 'trace');
    trace.dataset.testid = 'case-trace';
    frag.append(traceTitle, trace);
    renderTrace(d, trace);
    detail.append(frag);
  }

  function setOpen(row: DomElement, open: boolean): boolean {
    const detail = row.querySelector('.case-detail');
    const head = row.querySelector('.case-head');
    if (!detail || !head) return false;
    if (open && !detail.dataset.rendered) {
      const block = doc.getElementById(`case-data-${row.dataset.i}`);
      if (!block) {
        // The data blocks follow this script; they are parsed by DOMContentLoaded.
        if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => setOpen(row, true), { once: true });
        return false;
      }
      renderDetail(JSON.parse(block.textContent || '{}') as ClientDetail, detail);
      detail.dataset.rendered = '1';
    }
    row.classList.toggle('open', open);
    detail.hidden = !open;
    head.setAttribute('aria-expanded', String(open));
    return true;
  }

  list.addEventListener('click', (e) => {
    const target = e.target as DomElement;
    const jump = target.closest('a.jump');
    if (jump) {
      e.preventDefault();
      const row = jump.closest('.case');
      const frame = row?.querySelector(`.trace [data-frame="${jump.dataset.jump}"]`);
      if (frame) {
        frame.scrollIntoView({ block: 'center', behavior: 'smooth' });
        frame.classList.remove('flash');
        void frame.offsetWidth;
        frame.classList.add('flash');
      }
      return;
    }
    const head = target.closest('.case-head');
    const row = head?.parentElement;
    if (head && row) setOpen(row, !row.classList.contains('open'));
  });

  for (const f of [fVerdict, fProfile, fBlock]) f.addEventListener('change', applyFilters);
  fText.addEventListener('input', applyFilters);

  const casesSection = byTestId('cases');
  for (const tile of Array.from(doc.querySelectorAll('[data-filter-verdict]'))) {
    tile.addEventListener('click', () => {
      fVerdict.value = tile.dataset.filterVerdict ?? '';
      applyFilters();
      casesSection.scrollIntoView({ behavior: 'smooth' });
    });
  }
  for (const button of Array.from(doc.querySelectorAll('[data-filter-profile]'))) {
    button.addEventListener('click', () => {
      fProfile.value = button.dataset.filterProfile ?? '';
      applyFilters();
      casesSection.scrollIntoView({ behavior: 'smooth' });
    });
  }
  byTestId('expand-failed').addEventListener('click', () => {
    for (const row of rows) if (!row.hidden && row.dataset.verdict === 'FAIL') setOpen(row, true);
  });
  byTestId('collapse-all').addEventListener('click', () => {
    for (const row of rows) if (row.classList.contains('open')) setOpen(row, false);
  });

  /** Print: expand the failures (without their full trace), collapse them again afterwards. */
  function prepareForPrint(): number {
    let opened = 0;
    for (const row of rows) {
      if (row.hidden || row.dataset.verdict !== 'FAIL' || row.classList.contains('open')) continue;
      if (setOpen(row, true)) {
        row.classList.add('print-auto');
        opened++;
      }
    }
    return opened;
  }
  function afterPrint(): void {
    for (const row of rows) {
      if (!row.classList.contains('print-auto')) continue;
      row.classList.remove('print-auto');
      setOpen(row, false);
    }
  }
  window.addEventListener('beforeprint', prepareForPrint);
  window.addEventListener('afterprint', afterPrint);
  win.__reportPrepareForPrint = prepareForPrint;

  const openFromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const row = id ? rows.find((r) => r.dataset.testid === `case-row-${id}`) : undefined;
    if (row && setOpen(row, true)) row.scrollIntoView({ block: 'start' });
  };
  if (location.hash) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', openFromHash, { once: true });
    else openFromHash();
  }

  win.__reportReady = true;
  win.__reportReadyAt = performance.now();
}

/**
 * The seed's Markdown format: parsed as it is (quirks included) into unvalidated records with the
 * line of every field, and rendered back so that parse → render → parse is stable.
 */
import type { Bank, Claims, EntryRecord } from './schema.ts';
import { splitTopLevel } from './text.ts';

export type RawRecord = Record<string, unknown>;
export type RawBank = { meta: RawRecord; references: RawRecord; entries: RawRecord[] };
/** `path` of a field (as zod reports it) → the line it came from. */
export type LineOf = (path: readonly PropertyKey[]) => number;
export type ParsedSeed = { bank: RawBank; lineOf: LineOf; notes: string[] };

const INCOMPLETE_MARK = '[Content continues...]';

const ENTRY_HEADING = /^###\s+\*\*(Q\d+):\s*(.*?)\*\*\s*$/;
const FIELD_LINE = /^\*\*([A-Za-z][A-Za-z -]*?)\*\*(?:\s*\(([^)]*)\))?:\s*(.*)$/;

function stripBreak(line: string): string {
  return line.replace(/\s+$/, '');
}

function parseKeyValueSegments(text: string): { key: string; value: string }[] {
  return splitTopLevel(text, ' | ').map((segment) => {
    const m = /^\*\*([^*]+)\*\*:\s*(.*)$/.exec(segment);
    return m ? { key: m[1]!.trim(), value: m[2]!.trim() } : { key: '', value: segment };
  });
}

function listOf(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function parseClaims(header: Record<string, string>, report: string | null): Claims {
  const output = header.output ?? '';
  const num = (re: RegExp, source: string | null): number | null => {
    const m = source ? re.exec(source) : null;
    return m ? Number(m[1]) : null;
  };
  const diff = /(\d+)F\/(\d+)I\/(\d+)A/.exec(output);
  const range = /(\d+)-(\d+) words/.exec(output);
  return {
    entries: num(/(\d+) Q&As/, output) ?? num(/Q=(\d+)/, report),
    difficulty: diff ? { F: Number(diff[1]), I: Number(diff[2]), A: Number(diff[3]) } : null,
    wordRange: range ? [Number(range[1]), Number(range[2])] : null,
    quantifiedPct: num(/Quantified=(\d+)%/, report) ?? num(/(\d+)% quantified/, output),
    traceablePct: num(/(\d+)% traceable/, output) ?? num(/Traceability=(\d+)%/, report),
    citedPct: num(/Cites (\d+)%/, report),
    zhCitationPct: num(/ZH=(\d+)%/, report),
    phasesCovered: num(/Phases=\d+% \(all (\d+)\)/, report),
    stakeholdersCovered: num(/Stakeholders=\d+% \(all (\d+)\)/, report),
    status: report ? (/\*\*Status\*\*:\s*([^|]+)/.exec(report)?.[1]?.trim() ?? null) : null,
  };
}

export function parseSeedMarkdown(source: string): ParsedSeed {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const notes: string[] = [];
  const header: Record<string, string> = {};
  const meta: RawRecord = { title: '' };
  const glossary: RawRecord[] = [];
  const tools: RawRecord[] = [];
  const literature: RawRecord[] = [];
  const citations: RawRecord[] = [];
  const entries: RawRecord[] = [];
  const entryLines: Map<string, number>[] = [];
  const refLines = new Map<string, number>();
  let validationReport: string | null = null;
  let section: 'header' | 'glossary' | 'tools' | 'literature' | 'citations' | 'entries' = 'header';
  let entry: RawRecord | null = null;
  let at: Map<string, number> | null = null;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = stripBreak(lines[i]!);
    if (/^##\s+3\.\s*Validation Report/i.test(line)) {
      validationReport = lines.slice(i).map(stripBreak).join('\n').trim();
      break;
    }
    if (line === '' || line === '---') continue;
    if (/^##\s+\d+\./.test(line)) {
      section = /Q&A/i.test(line) ? 'entries' : section;
      continue;
    }
    const heading = /^###\s+(.*)$/.exec(line);
    const entryHeading = ENTRY_HEADING.exec(line);
    if (entryHeading) {
      section = 'entries';
      entry = {
        id: entryHeading[1],
        question: entryHeading[2],
        status: 'incomplete',
        statedWordCount: null,
        answer: null,
        code: null,
        metrics: null,
        tradeOffs: [],
        stakeholderNotes: [],
      };
      at = new Map([['', lineNo], ['id', lineNo], ['question', lineNo]]);
      entries.push(entry);
      entryLines.push(at);
      continue;
    }
    if (heading) {
      const name = heading[1]!.toLowerCase();
      section = name.startsWith('glossary')
        ? 'glossary'
        : name.startsWith('tools')
          ? 'tools'
          : name.startsWith('literature')
            ? 'literature'
            : name.startsWith('citations')
              ? 'citations'
              : section;
      continue;
    }

    if (section === 'header') {
      const title = /^#\s+(.*)$/.exec(line);
      const field = /^\*\*(.+?)\*\*:\s*(.*)$/.exec(line);
      if (title) meta.title = title[1];
      else if (field) header[field[1]!.toLowerCase().replace(/\s+/g, '')] = field[2]!.trim();
      else notes.push(`line ${lineNo}: kept out of the bank (not a known header field): ${line}`);
      continue;
    }
    if (section === 'glossary') {
      const m = /^\*\*(G\d+)\.\s+(.+?)\*\*\s+\[(\w+)\]\s+[–-]\s+(.*?)(?:\s+\*Related:\s*(.*?)\*)?$/.exec(line);
      if (m) {
        glossary.push({ id: m[1], name: m[2], language: m[3], definition: m[4], related: m[5] ?? null });
        refLines.set(`glossary.${glossary.length - 1}`, lineNo);
      } else notes.push(`line ${lineNo}: not a glossary line: ${line}`);
      continue;
    }
    if (section === 'tools') {
      const m = /^\*\*(T\d+)\.\s+(.+?)\*\*\s+[–-]\s+(.*)$/.exec(line);
      if (m) {
        const rest = m[3]!;
        const parts = /^(.*?)\.\s+(\d{4}-\d{2})\.\s+(.*?)\.?\s+<([^>]+)>$/.exec(rest);
        tools.push({
          id: m[1],
          name: m[2],
          description: parts ? parts[1] : rest,
          version: parts ? parts[2] : null,
          cost: parts ? parts[3] : null,
          url: parts ? parts[4] : null,
        });
        refLines.set(`tools.${tools.length - 1}`, lineNo);
      } else notes.push(`line ${lineNo}: not a tool line: ${line}`);
      continue;
    }
    if (section === 'literature') {
      const m = /^\*\*(L\d+)\.\*\*\s+(.*)$/.exec(line);
      if (m) {
        literature.push({ id: m[1], text: m[2] });
        refLines.set(`literature.${literature.length - 1}`, lineNo);
      } else notes.push(`line ${lineNo}: not a literature line: ${line}`);
      continue;
    }
    if (section === 'citations') {
      const m = /^\*\*(C\d+)\.\*\*\s+(.*?)\s+\[(\w+)\]$/.exec(line);
      if (m) {
        citations.push({ id: m[1], text: m[2], language: m[3] });
        refLines.set(`citations.${citations.length - 1}`, lineNo);
      } else notes.push(`line ${lineNo}: not a citation line: ${line}`);
      continue;
    }

    // section === 'entries'
    const field = FIELD_LINE.exec(line);
    if (!entry || !at || !field) {
      notes.push(`line ${lineNo}: kept out of the bank (outside any entry field): ${line}`);
      continue;
    }
    const [, name, paren, rest = ''] = field;
    switch (name) {
      case 'Difficulty': {
        for (const { key, value } of parseKeyValueSegments(line)) {
          const target = { Difficulty: 'difficulty', Dimension: 'dimension', Phase: 'phases', Stakeholders: 'stakeholders' }[key];
          if (!target) {
            notes.push(`line ${lineNo}: unknown metadata field "${key}"`);
            continue;
          }
          entry[target] = target === 'phases' || target === 'stakeholders' ? listOf(value) : value;
          at.set(target, lineNo);
        }
        break;
      }
      case 'Key Insight':
        entry.keyInsight = rest;
        at.set('keyInsight', lineNo);
        break;
      case 'Constraints':
        entry.constraints = parseKeyValueSegments(rest).map(({ key, value }) => ({ category: key, text: value }));
        at.set('constraints', lineNo);
        break;
      case 'Answer': {
        at.set('answer', lineNo).set('status', lineNo).set('statedWordCount', lineNo);
        const stated = paren ? /(\d+)\s*words?/i.exec(paren) : null;
        entry.statedWordCount = stated ? Number(stated[1]) : null;
        if (rest.trim() === INCOMPLETE_MARK) {
          entry.answer = null;
          entry.status = 'incomplete';
        } else {
          entry.answer = rest;
          entry.status = 'complete';
        }
        break;
      }
      case 'Code': {
        at.set('code', lineNo);
        const fence = /^```(\w*)\s*$/.exec(lines[i + 1] ?? '');
        if (!fence) {
          entry.code = { language: paren ?? '', source: '' };
          break;
        }
        let end = i + 2;
        while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
        entry.code = { language: (paren ?? fence[1] ?? '').toLowerCase(), source: lines.slice(i + 2, end).join('\n') };
        i = end;
        break;
      }
      case 'Metrics':
        entry.metrics = rest;
        at.set('metrics', lineNo);
        break;
      case 'Trade-offs': {
        at.set('tradeOffs', lineNo);
        const rows: RawRecord[] = [];
        let j = i + 1;
        while (j < lines.length && stripBreak(lines[j]!) === '') j++;
        for (; j < lines.length && /^\|/.test(lines[j]!); j++) {
          const cells = stripBreak(lines[j]!).replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
          if (cells[0] === 'Approach' || cells.every((c) => /^:?-+:?$/.test(c))) continue;
          at.set(`tradeOffs.${rows.length}`, j + 1);
          const [approach, pros, cons, hardware, budget, business, tag] = cells;
          rows.push({ approach, pros, cons, hardware, budget, business, tag });
        }
        entry.tradeOffs = rows;
        i = j - 1;
        break;
      }
      case 'Stakeholders':
        entry.stakeholderNotes = parseKeyValueSegments(rest).map(({ key, value }) => ({ role: key, note: value }));
        at.set('stakeholderNotes', lineNo);
        break;
      default:
        notes.push(`line ${lineNo}: unknown entry field "${name}" in ${String(entry.id)}`);
    }
  }

  meta.targetRole = header.targetrole ?? null;
  meta.phasesLine = header.sdlcphases ?? null;
  meta.outputLine = header.output ?? null;
  meta.validationReport = validationReport;
  meta.claims = parseClaims(header, validationReport);

  const lineOf: LineOf = (path) => {
    const [top, index, field, sub] = path;
    if (top === 'entries' && typeof index === 'number') {
      const map = entryLines[index];
      if (!map) return 1;
      return map.get(`${String(field)}.${String(sub)}`) ?? map.get(String(field)) ?? map.get('')!;
    }
    if (top === 'references') return refLines.get(`${String(index)}.${String(field)}`) ?? 1;
    return 1;
  };
  return {
    bank: { meta, references: { glossary, tools, literature, citations, roles: [] }, entries },
    lineOf,
    notes,
  };
}

function entryToMarkdown(e: EntryRecord): string {
  const out: string[] = [];
  out.push(`### **${e.id}: ${e.question}**`);
  out.push(
    `**Difficulty**: ${e.difficulty} | **Dimension**: ${e.dimension} | **Phase**: ${e.phases.join(', ')} | **Stakeholders**: ${e.stakeholders.join(', ')}  `,
  );
  out.push(`**Key Insight**: ${e.keyInsight}`, '');
  out.push(`**Constraints**: ${e.constraints.map((c) => `**${c.category}**: ${c.text}`).join(' | ')}`, '');
  const stated = e.statedWordCount === null ? '' : ` (${e.statedWordCount} words)`;
  out.push(`**Answer**${stated}: ${e.answer ?? INCOMPLETE_MARK}`);
  if (e.code) out.push('', `**Code** (${e.code.language === 'rust' ? 'Rust' : e.code.language}):`, '```' + e.code.language, e.code.source, '```');
  if (e.metrics) out.push('', `**Metrics**: ${e.metrics}`);
  if (e.tradeOffs.length > 0) {
    out.push('', '**Trade-offs**:', '| Approach | Pros | Cons | Hardware | Budget | Business | Tag |');
    out.push('|----------|------|------|----------|--------|----------|-----|');
    for (const t of e.tradeOffs) out.push(`| ${[t.approach, t.pros, t.cons, t.hardware, t.budget, t.business, t.tag].join(' | ')} |`);
  }
  if (e.stakeholderNotes.length > 0) {
    out.push('', `**Stakeholders**: ${e.stakeholderNotes.map((n) => `**${n.role}**: ${n.note}`).join(' | ')}`);
  }
  return out.join('\n');
}

/** Renders a bank in the seed's Markdown format (used for round-trip checks and drafting). */
export function renderSeedMarkdown(bank: Pick<Bank, 'meta' | 'references'> & { entries: EntryRecord[] }): string {
  const { meta, references: r } = bank;
  const out: string[] = [`# ${meta.title}`];
  if (meta.targetRole) out.push(`**Target Role**: ${meta.targetRole}  `);
  if (meta.phasesLine) out.push(`**SDLC Phases**: ${meta.phasesLine}  `);
  if (meta.outputLine) out.push(`**Output**: ${meta.outputLine}`);
  out.push('', '---', '', '## 1. References & Artifacts', '', '### Glossary');
  for (const g of r.glossary) out.push(`**${g.id}. ${g.name}** [${g.language}] – ${g.definition}${g.related ? ` *Related: ${g.related}*` : ''}  `);
  out.push('', '### Tools');
  for (const t of r.tools) {
    const tail = t.version && t.cost && t.url ? `. ${t.version}. ${t.cost}. <${t.url}>` : '';
    out.push(`**${t.id}. ${t.name}** – ${t.description}${tail}  `);
  }
  out.push('', '### Literature');
  for (const l of r.literature) out.push(`**${l.id}.** ${l.text}  `);
  out.push('', '### Citations');
  for (const c of r.citations) out.push(`**${c.id}.** ${c.text} [${c.language}]  `);
  out.push('', '---', '', '## 2. Q&A Set', '');
  for (const e of bank.entries) out.push(entryToMarkdown(e), '', '---', '');
  if (meta.validationReport) out.push(meta.validationReport);
  return out.join('\n') + '\n';
}

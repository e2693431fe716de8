/**
 * CSV as RFC 4180 writes it (quoted fields may hold commas, quotes and line
 * breaks; "" is a quote), read into rows keyed by the header line. Blank lines
 * are no rows.
 */
import { corrupt } from './encoding.ts';

/** The rows of a CSV text under its header's names; a row's missing cells are ''. */
export function readCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsvRows(text);
  if (header === undefined) return [];
  return rows.map((row) =>
    Object.fromEntries(header.map((name, i) => [name.trim(), row[i] ?? ''])),
  );
}

/** The first line of a CSV text, split into its field names. */
export function readCsvHeader(text: string): string[] {
  return (readCsvRows(text.split(/\r?\n/, 1)[0] ?? '')[0] ?? []).map((name) => name.trim());
}

function readCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += char;
    i++;
  }
  if (quoted) throw corrupt('a quoted CSV field is not closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

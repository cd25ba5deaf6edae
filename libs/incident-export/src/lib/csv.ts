import { ExportIncident, IncidentRecord, RECORD_COLUMNS, toRecord } from './export-incident';

/** Spreadsheet programs read a UTF-8 file as UTF-8 (and show Arabic) only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';
const LIST_SEPARATOR = ' | ';

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a leading tab / CR) is
 * given a leading apostrophe: news text is untrusted input (OWASP "CSV injection").
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: IncidentRecord[keyof IncidentRecord]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return quote(defuse(value.join(LIST_SEPARATOR)));
  return quote(defuse(value));
}

export const csvHeader = () => `${UTF8_BOM}${RECORD_COLUMNS.join(',')}\r\n`;

export const csvRow = (d: ExportIncident) => {
  const r = toRecord(d);
  return `${RECORD_COLUMNS.map((c) => cell(r[c])).join(',')}\r\n`;
};

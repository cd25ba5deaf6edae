// How to read a decoded body: as an HTML page, a JSON envelope, or plain text.
export type InputFormat = 'html' | 'json' | 'text';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main)\b/i;

export function detectInputFormat(text: string, contentType?: string | null, fileName?: string | null): InputFormat {
  const type = (contentType ?? '').toLowerCase();
  const name = (fileName ?? '').toLowerCase();
  if (type.includes('html') || /\.x?html?$/.test(name)) return 'html';
  if (type.includes('json') || name.endsWith('.json')) return 'json';
  if (HTML_START.test(text)) return 'html';
  if (/^\s*\{/.test(text) && /\}\s*$/.test(text) && /"(?:text|html|content|body)"\s*:/.test(text)) return 'json';
  return 'text';
}

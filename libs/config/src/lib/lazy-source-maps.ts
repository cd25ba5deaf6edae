import { readFileSync } from 'fs';
import { SourceMap } from 'module';
import { dirname, resolve } from 'path';
import { fileURLToPath } from 'url';

/**
 * Stack traces that name the TypeScript lines of the compiled programs (dist/node), reading a
 * map only when a trace through its file is formatted. `node --enable-source-maps` reads and
 * parses the map of every module as it loads (node_modules' own maps too): for a service's
 * ~1,900 modules a fifth of its start-up CPU (1.35 vs 1.05 s), paid by five services on two
 * cores at once, for the rare trace. A no-op where --enable-source-maps is on already.
 */
export function installLazySourceMaps(): void {
  if (process.sourceMapsEnabled) return;
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string): SourceMap | null => {
    if (!maps.has(file)) maps.set(file, readMap(file));
    return maps.get(file)!;
  };
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => `${header(error)}${frames.map((f) => `\n    at ${mapped(f, mapOf)}`).join('')}`;
}

/** `Name: message`, as V8 writes it (for an object given to captureStackTrace, what it says of itself). */
function header(error: unknown): string {
  try {
    return error instanceof Error ? Error.prototype.toString.call(error) : String(error);
  } catch {
    return '<error>';
  }
}

function mapped(frame: NodeJS.CallSite, mapOf: (file: string) => SourceMap | null): string {
  const text = frame.toString();
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (!file || !line || !column || !file.endsWith('.js')) return text;
  const entry = mapOf(file)?.findEntry(line - 1, column - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
  if (!entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return text;
  const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(dirname(file), entry.originalSource);
  return text.replace(`${file}:${line}:${column}`, `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
}

/** The map next to a compiled file (`<file>.map`, as build-node writes it); null without one. */
function readMap(file: string): SourceMap | null {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  } catch {
    return null;
  }
}

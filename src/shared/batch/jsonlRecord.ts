/**
 * One JSONL input record → one output line. Runs inside the pool's workers, so parsing, analysis and
 * serialisation all happen off the main thread.
 */
import { inspectText } from '../../core/text/input';
import type { Analysis } from '../../core/types';
import { escapeJsonControls } from './terminalText';

export type RecordResult = { ok: true; line: string } | { ok: false; message: string };

export type Analyze = (text: string) => Analysis;

export function processRecord(raw: string, analyze: Analyze, maxBytes: number): RecordResult {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    return { ok: false, message: `invalid JSON (${(error as Error).message})` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, message: 'expected an object like {"id": …, "text": "…"}' };
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    const what =
      text === undefined
        ? 'it is missing'
        : text === null
          ? 'it is null'
          : Array.isArray(text)
            ? 'it is an array'
            : `it is a ${typeof text}`;
    return { ok: false, message: `"text" must be a string (${what})` };
  }
  const check = inspectText(text, undefined, { maxBytes });
  // An empty text is a valid record with nothing in it; binary or oversized text is an error worth reporting.
  if (!check.ok && check.reason !== 'empty') return { ok: false, message: check.message };
  const analysis: Analysis = check.ok ? analyze(text) : { quotes: [], speakers: [], people: [], places: [] };
  // One line per record: U+2028/2029 escaped too, so no tool splits it; C1 and bidi escaped for terminals.
  return { ok: true, line: escapeJsonControls(JSON.stringify({ id: id ?? null, ...analysis })) };
}

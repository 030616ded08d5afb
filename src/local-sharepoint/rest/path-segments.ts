import { invalidQuery, resourceNotFound } from '../http/sp-error';

export type SegmentArgument =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'guid'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' };

export interface PathSegment {
  /** As written, e.g. `getByTitle`. */
  readonly name: string;
  /** Lower-cased: SharePoint resource names are case-insensitive. */
  readonly key: string;
  /** Present when the segment has parentheses: `items(3)`, `getByTitle('X')`. */
  readonly args?: SegmentArguments;
}

export interface SegmentArguments {
  readonly positional: readonly SegmentArgument[];
  /** Keys lower-cased: `principalid`, `roledefid`. */
  readonly named: ReadonlyMap<string, SegmentArgument>;
}

const SEGMENT = /^([A-Za-z_$][A-Za-z0-9_.$]*)(?:\((.*)\))?$/s;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Splits on `separator` outside quotes and parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '(') depth++;
    else if (!quoted && char === ')') depth--;
    else if (!quoted && depth === 0 && char === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function literal(text: string, query: URLSearchParams, segment: string): SegmentArgument {
  const value = text.trim();
  const fail = () => invalidQuery(`The argument '${value}' in '${segment}' is not valid.`);
  if (value.startsWith('@')) {
    const aliased = query.get(value);
    if (aliased === null) throw invalidQuery(`The parameter alias '${value}' has no value.`);
    return literal(aliased, new URLSearchParams(), segment);
  }
  const quoted = /^(guid)?'((?:[^']|'')*)'$/is.exec(value);
  if (quoted) {
    const inner = (quoted[2] as string).replace(/''/g, "'");
    if (quoted[1]) {
      if (!GUID.test(inner)) throw fail();
      return { type: 'guid', value: inner.toLowerCase() };
    }
    return { type: 'string', value: inner };
  }
  if (/^-?\d+$/.test(value)) return { type: 'number', value: Number(value) };
  if (/^(true|false)$/i.test(value))
    return { type: 'boolean', value: value.toLowerCase() === 'true' };
  if (value.toLowerCase() === 'null') return { type: 'null' };
  throw fail();
}

function parseArguments(text: string, query: URLSearchParams, segment: string): SegmentArguments {
  const positional: SegmentArgument[] = [];
  const named = new Map<string, SegmentArgument>();
  if (text.trim() === '') return { positional, named };
  for (const part of splitOutside(text, ',')) {
    const pair = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
    if (pair)
      named.set((pair[1] as string).toLowerCase(), literal(pair[2] as string, query, segment));
    else positional.push(literal(part, query, segment));
  }
  return { positional, named };
}

/** Parses the decoded path after `_api/`, e.g. `web/lists/getByTitle('A/B')/items(3)`. */
export function parsePathSegments(path: string, query: URLSearchParams): PathSegment[] {
  const raw = splitOutside(path.replace(/\/+$/, ''), '/');
  return raw.map((text) => {
    const match = SEGMENT.exec(text);
    if (!match) throw resourceNotFound(text);
    const name = match[1] as string;
    return {
      name,
      key: name.toLowerCase(),
      ...(match[2] !== undefined ? { args: parseArguments(match[2], query, text) } : {}),
    };
  });
}

/** The single positional argument, or the named one, of a segment. */
export function argument(segment: PathSegment, name?: string): SegmentArgument | undefined {
  if (name !== undefined) {
    const named = segment.args?.named.get(name);
    if (named) return named;
  }
  return segment.args?.positional.length === 1 ? segment.args.positional[0] : undefined;
}

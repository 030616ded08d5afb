/**
 * SharePoint's `$filter` dialect (an OData v3 subset) as an AST. Hand-written recursive descent with
 * bounded input length and nesting depth, so no input can hang or overflow the stack.
 */

export const MAX_FILTER_LENGTH = 16_384;
export const MAX_FILTER_DEPTH = 64;

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FunctionName =
  'startswith' | 'substringof' | 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second';

export type FilterLiteral =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'datetime'; value: string; time: number }
  | { type: 'guid'; value: string };

export type FilterOperand =
  | { kind: 'property'; path: readonly string[] }
  | { kind: 'literal'; literal: FilterLiteral }
  | { kind: 'function'; name: FunctionName; args: readonly FilterOperand[] };

export type FilterExpression =
  | { kind: 'and' | 'or'; operands: readonly FilterExpression[] }
  | { kind: 'not'; operand: FilterExpression }
  | {
      kind: 'compare';
      operator: ComparisonOperator;
      left: FilterOperand;
      right: FilterOperand;
    }
  /** A boolean function used as a predicate: `startswith(Title,'a')`. */
  | { kind: 'predicate'; call: Extract<FilterOperand, { kind: 'function' }> };

export class FilterSyntaxError extends Error {
  constructor(
    readonly input: string,
    readonly position: number,
    detail: string,
  ) {
    const shown = input.length > 200 ? `${input.slice(0, 200)}…` : input;
    super(`The expression "${shown}" is not valid. ${detail} (at position ${position}).`);
    this.name = 'FilterSyntaxError';
  }
}

const FUNCTION_ARITY: Record<FunctionName, number> = {
  startswith: 2,
  substringof: 2,
  day: 1,
  month: 1,
  year: 1,
  hour: 1,
  minute: 1,
  second: 1,
};
const BOOLEAN_FUNCTIONS = new Set<FunctionName>(['startswith', 'substringof']);
const COMPARISON_OPERATORS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

type Token =
  | { type: 'word'; text: string; position: number }
  | { type: 'path'; segments: string[]; position: number }
  | { type: 'string'; value: string; position: number }
  | {
      type: 'typed';
      prefix: 'datetime' | 'datetimeoffset' | 'guid';
      value: string;
      position: number;
    }
  | { type: 'number'; value: number; position: number }
  | { type: '(' | ')' | ','; position: number }
  | { type: 'end'; position: number };

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?[dDfFmMlL]?/y;
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Parses an ISO 8601 date(-time); no zone means UTC. Returns NaN when invalid. */
export function parseIsoDate(text: string): number {
  if (!ISO_DATE.test(text)) return Number.NaN;
  const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/.test(text) && text.includes('T');
  const normalized = text.includes('T') ? (hasZone ? text : `${text}Z`) : `${text}T00:00:00Z`;
  const time = Date.parse(normalized.replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(time)) return Number.NaN;
  // Date.parse rolls 2025-02-30 over to March; SharePoint refuses it.
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  return check.getUTCMonth() + 1 === month && check.getUTCDate() === day ? time : Number.NaN;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (detail: string, at = i): never => {
    throw new FilterSyntaxError(input, at, detail);
  };
  const readQuoted = (start: number): [string, number] => {
    // `start` is at the opening quote; '' inside is one quote.
    let value = '';
    let j = start + 1;
    for (;;) {
      const quote = input.indexOf("'", j);
      if (quote < 0) fail('Unterminated string literal', start);
      value += input.slice(j, quote);
      if (input[quote + 1] === "'") {
        value += "'";
        j = quote + 2;
      } else {
        return [value, quote + 1];
      }
    }
  };
  while (i < input.length) {
    const char = input[i] as string;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      i++;
      continue;
    }
    if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char, position: i });
      i++;
      continue;
    }
    if (char === "'") {
      const [value, next] = readQuoted(i);
      tokens.push({ type: 'string', value, position: i });
      i = next;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(input);
    if (number && /[-.\d]/.test(char)) {
      const text = number[0].replace(/[dDfFmMlL]$/, '');
      const value = Number(text);
      if (!Number.isFinite(value)) fail('Invalid number');
      tokens.push({ type: 'number', value, position: i });
      i += number[0].length;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const identifier = IDENTIFIER.exec(input);
    if (identifier) {
      const word = identifier[0];
      const lower = word.toLowerCase();
      const after = i + word.length;
      if (
        input[after] === "'" &&
        (lower === 'datetime' || lower === 'datetimeoffset' || lower === 'guid')
      ) {
        const [value, next] = readQuoted(after);
        tokens.push({ type: 'typed', prefix: lower, value, position: i });
        i = next;
        continue;
      }
      const segments = [word];
      let j = after;
      while (input[j] === '/') {
        IDENTIFIER.lastIndex = j + 1;
        const next = IDENTIFIER.exec(input);
        if (!next) throw new FilterSyntaxError(input, j + 1, 'Expected a property name after /');
        segments.push(next[0]);
        j = j + 1 + next[0].length;
      }
      tokens.push(
        segments.length === 1
          ? { type: 'word', text: word, position: i }
          : { type: 'path', segments, position: i },
      );
      i = j;
      continue;
    }
    fail(`Unexpected character '${char}'`);
  }
  tokens.push({ type: 'end', position: input.length });
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly input: string,
    private readonly tokens: Token[],
  ) {}

  parse(): FilterExpression {
    const expression = this.parseOr();
    const next = this.peek();
    if (next.type !== 'end') this.fail('Unexpected token', next.position);
    return expression;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index++;
    return token;
  }

  private fail(detail: string, position = this.peek().position): never {
    throw new FilterSyntaxError(this.input, position, detail);
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.type === 'word' && token.text.toLowerCase() === keyword;
  }

  private enter(): void {
    if (++this.depth > MAX_FILTER_DEPTH) this.fail('The expression is nested too deeply');
  }

  private leave(): void {
    this.depth--;
  }

  private parseOr(): FilterExpression {
    const operands = [this.parseAnd()];
    while (this.isKeyword(this.peek(), 'or')) {
      this.advance();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? (operands[0] as FilterExpression) : { kind: 'or', operands };
  }

  private parseAnd(): FilterExpression {
    const operands = [this.parseUnary()];
    while (this.isKeyword(this.peek(), 'and')) {
      this.advance();
      operands.push(this.parseUnary());
    }
    return operands.length === 1 ? (operands[0] as FilterExpression) : { kind: 'and', operands };
  }

  private parseUnary(): FilterExpression {
    const token = this.peek();
    if (this.isKeyword(token, 'not')) {
      this.advance();
      this.enter();
      const operand = this.parseUnary();
      this.leave();
      return { kind: 'not', operand };
    }
    if (token.type === '(') {
      this.advance();
      this.enter();
      const inner = this.parseOr();
      this.leave();
      if (this.advance().type !== ')') this.fail('Expected )');
      return inner;
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterExpression {
    const start = this.peek().position;
    const left = this.parseOperand();
    const next = this.peek();
    if (next.type === 'word' && COMPARISON_OPERATORS.has(next.text.toLowerCase())) {
      this.advance();
      const right = this.parseOperand();
      return {
        kind: 'compare',
        operator: next.text.toLowerCase() as ComparisonOperator,
        left,
        right,
      };
    }
    if (left.kind === 'function' && BOOLEAN_FUNCTIONS.has(left.name)) {
      return { kind: 'predicate', call: left };
    }
    return this.fail('Expected a comparison operator', next.type === 'end' ? start : next.position);
  }

  private parseOperand(): FilterOperand {
    const token = this.advance();
    switch (token.type) {
      case 'string':
        return { kind: 'literal', literal: { type: 'string', value: token.value } };
      case 'number':
        return { kind: 'literal', literal: { type: 'number', value: token.value } };
      case 'typed':
        return { kind: 'literal', literal: this.typedLiteral(token) };
      case 'path':
        return { kind: 'property', path: token.segments };
      case 'word':
        return this.wordOperand(token);
      default:
        return this.fail('Expected a property, a literal or a function', token.position);
    }
  }

  private typedLiteral(token: Extract<Token, { type: 'typed' }>): FilterLiteral {
    if (token.prefix === 'guid') {
      if (
        !/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(
          token.value,
        )
      ) {
        this.fail('Invalid guid literal', token.position);
      }
      return { type: 'guid', value: token.value.toLowerCase() };
    }
    const time = parseIsoDate(token.value);
    if (Number.isNaN(time)) this.fail('Invalid datetime literal', token.position);
    return { type: 'datetime', value: token.value, time };
  }

  private wordOperand(token: Extract<Token, { type: 'word' }>): FilterOperand {
    const lower = token.text.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      return { kind: 'literal', literal: { type: 'boolean', value: lower === 'true' } };
    }
    if (lower === 'null') return { kind: 'literal', literal: { type: 'null' } };
    if (this.peek().type !== '(') return { kind: 'property', path: [token.text] };
    if (!(lower in FUNCTION_ARITY)) this.fail(`Unknown function '${token.text}'`, token.position);
    const name = lower as FunctionName;
    this.advance();
    this.enter();
    const args: FilterOperand[] = [];
    if (this.peek().type !== ')') {
      args.push(this.parseOperand());
      while (this.peek().type === ',') {
        this.advance();
        args.push(this.parseOperand());
      }
    }
    this.leave();
    if (this.advance().type !== ')') this.fail('Expected ) after the function arguments');
    if (args.length !== FUNCTION_ARITY[name]) {
      this.fail(`${name} takes ${FUNCTION_ARITY[name]} argument(s)`, token.position);
    }
    return { kind: 'function', name, args };
  }
}

export function parseFilter(input: string): FilterExpression {
  if (input.length > MAX_FILTER_LENGTH) {
    throw new FilterSyntaxError(input, MAX_FILTER_LENGTH, 'The expression is too long');
  }
  if (input.trim() === '') throw new FilterSyntaxError(input, 0, 'The expression is empty');
  return new Parser(input, tokenize(input)).parse();
}

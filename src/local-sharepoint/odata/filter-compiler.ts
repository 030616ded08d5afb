import { invalidQuery } from '../http/sp-error';
import type {
  ComparisonOperator,
  FilterExpression,
  FilterLiteral,
  FilterOperand,
} from './filter-parser';
import { parseIsoDate } from './filter-parser';

/** How a property's values compare; `dynamic` decides per value (plain entities such as fields). */
export type ValueKind = 'text' | 'number' | 'boolean' | 'datetime' | 'dynamic';

export interface ResolvedProperty<Row> {
  readonly kind: ValueKind;
  readonly multi: boolean;
  /** Whether SharePoint could answer a condition on this property from a column index. */
  readonly indexed: boolean;
  /** The stored column behind the property, when it is one: its name and current definition. */
  readonly column?: { readonly name: string; readonly definition: object };
  /** A scalar (string, number, boolean or null; dates as epoch ms) or, when multi, an array. */
  read(row: Row): unknown;
}

export interface PropertyResolver<Row> {
  /** Throws an SpError for a path the collection does not have. */
  resolve(path: readonly string[]): ResolvedProperty<Row>;
}

export type RowPredicate<Row> = (row: Row) => boolean;

type Reader<Row> = (row: Row) => unknown;

interface CompiledValue<Row> {
  kind: ValueKind;
  multi: boolean;
  read: Reader<Row>;
}

type Compiled<Row> = { literal: FilterLiteral } | CompiledValue<Row>;

const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  le: 'ge',
  gt: 'lt',
  ge: 'le',
};

const DATE_PARTS = {
  year: (d: Date) => d.getUTCFullYear(),
  month: (d: Date) => d.getUTCMonth() + 1,
  day: (d: Date) => d.getUTCDate(),
  hour: (d: Date) => d.getUTCHours(),
  minute: (d: Date) => d.getUTCMinutes(),
  second: (d: Date) => d.getUTCSeconds(),
} as const;

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function isLiteral<Row>(value: Compiled<Row>): value is { literal: FilterLiteral } {
  return 'literal' in value;
}

function literalText(literal: FilterLiteral): string | undefined {
  switch (literal.type) {
    case 'string':
    case 'guid':
    case 'datetime':
      return literal.value;
    case 'number':
      return String(literal.value);
    default:
      return undefined;
  }
}

/** The literal as a comparable constant for `kind`, or undefined when SharePoint would refuse. */
function coerceLiteral(kind: ValueKind, literal: FilterLiteral): unknown {
  switch (kind) {
    case 'text':
      return literalText(literal)?.toLowerCase();
    case 'number':
      if (literal.type === 'number') return literal.value;
      if (literal.type === 'string' && /^-?\d+(\.\d+)?$/.test(literal.value.trim())) {
        return Number(literal.value);
      }
      return undefined;
    case 'boolean':
      if (literal.type === 'boolean') return literal.value ? 1 : 0;
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) {
        return literal.value;
      }
      if (literal.type === 'string') {
        const text = literal.value.toLowerCase();
        if (text === 'true' || text === '1') return 1;
        if (text === 'false' || text === '0') return 0;
      }
      return undefined;
    case 'datetime': {
      if (literal.type === 'datetime') return literal.time;
      if (literal.type !== 'string') return undefined;
      const time = parseIsoDate(literal.value);
      return Number.isNaN(time) ? undefined : time;
    }
    case 'dynamic':
      return literal;
  }
}

function normalize(kind: ValueKind, value: unknown): unknown {
  if (kind === 'text') return typeof value === 'string' ? value.toLowerCase() : String(value);
  if (kind === 'boolean') return value ? 1 : 0;
  return value;
}

/** Runtime comparison for dynamic properties: the stored value's own type decides. */
function compareDynamic(value: unknown, literal: FilterLiteral): number | undefined {
  if (typeof value === 'number') {
    const constant = coerceLiteral('number', literal);
    if (typeof constant === 'number') return value - constant;
    const flag = coerceLiteral('boolean', literal);
    return typeof flag === 'number' ? value - flag : undefined;
  }
  if (typeof value === 'boolean') {
    const flag = coerceLiteral('boolean', literal);
    return typeof flag === 'number' ? (value ? 1 : 0) - flag : undefined;
  }
  if (typeof value === 'string') {
    const text = literalText(literal);
    if (text === undefined) return undefined;
    const a = value.toLowerCase();
    const b = text.toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return undefined;
}

function compareStatic(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function test(operator: ComparisonOperator, order: number | undefined): boolean {
  if (order === undefined) return operator === 'ne';
  switch (operator) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
  }
}

class FilterCompiler<Row> {
  constructor(private readonly resolver: PropertyResolver<Row>) {}

  expression(expression: FilterExpression): RowPredicate<Row> {
    switch (expression.kind) {
      case 'and': {
        const parts = expression.operands.map((operand) => this.expression(operand));
        return (row) => parts.every((part) => part(row));
      }
      case 'or': {
        const parts = expression.operands.map((operand) => this.expression(operand));
        return (row) => parts.some((part) => part(row));
      }
      case 'not': {
        const inner = this.expression(expression.operand);
        return (row) => !inner(row);
      }
      case 'predicate': {
        const call = this.operand(expression.call);
        return (row) => call.read(row) === true;
      }
      case 'compare':
        return this.comparison(expression.operator, expression.left, expression.right);
    }
  }

  private comparison(
    operator: ComparisonOperator,
    leftOperand: FilterOperand,
    rightOperand: FilterOperand,
  ): RowPredicate<Row> {
    let left = this.compile(leftOperand);
    let right = this.compile(rightOperand);
    if (isLiteral(left) && !isLiteral(right)) {
      [left, right] = [right, left];
      operator = FLIPPED[operator];
    }
    if (isLiteral(left) || !isLiteral(right)) {
      throw invalidQuery(
        'A $filter comparison needs one column on one side and a value on the other.',
      );
    }
    const { kind, multi, read } = left;
    const literal = right.literal;
    if (literal.type === 'null') {
      if (operator !== 'eq' && operator !== 'ne') {
        throw invalidQuery(`null can only be compared with eq or ne, not ${operator}.`);
      }
      return operator === 'eq' ? (row) => isEmpty(read(row)) : (row) => !isEmpty(read(row));
    }
    const constant = coerceLiteral(kind, literal);
    if (constant === undefined) {
      throw invalidQuery(
        `The value ${JSON.stringify(literalText(literal) ?? literal.type)} does not fit a ${kind} column in $filter.`,
      );
    }
    const order = (value: unknown): number | undefined => {
      if (value === null || value === undefined) return undefined;
      if (kind === 'dynamic') return compareDynamic(value, literal);
      return compareStatic(normalize(kind, value), constant);
    };
    if (multi) {
      if (operator !== 'eq' && operator !== 'ne') {
        throw invalidQuery('Multi-value columns can only be filtered with eq and ne.');
      }
      const contains = (row: Row) => {
        const values = read(row);
        return Array.isArray(values) && values.some((value) => order(value) === 0);
      };
      return operator === 'eq' ? contains : (row) => !contains(row);
    }
    return (row) => {
      const value = read(row);
      if (isEmpty(value)) return operator === 'ne';
      return test(operator, order(value));
    };
  }

  private compile(operand: FilterOperand): Compiled<Row> {
    if (operand.kind === 'literal') return { literal: operand.literal };
    return this.operand(operand);
  }

  private operand(operand: Exclude<FilterOperand, { kind: 'literal' }>): CompiledValue<Row> {
    if (operand.kind === 'property') {
      const { kind, multi, read } = this.resolver.resolve(operand.path);
      return { kind, multi, read: (row) => read(row) };
    }
    const args = operand.args.map((arg) => this.compile(arg));
    if (operand.name === 'startswith' || operand.name === 'substringof') {
      return this.textFunction(operand.name, args);
    }
    const part = DATE_PARTS[operand.name];
    const [arg] = args;
    if (
      !arg ||
      isLiteral(arg) ||
      arg.multi ||
      (arg.kind !== 'datetime' && arg.kind !== 'dynamic')
    ) {
      throw invalidQuery(`${operand.name}() needs a date column.`);
    }
    return {
      kind: 'number',
      multi: false,
      read: (row) => {
        const value = arg.read(row);
        const time = typeof value === 'string' ? parseIsoDate(value) : value;
        return typeof time === 'number' && !Number.isNaN(time) ? part(new Date(time)) : null;
      },
    };
  }

  private textFunction(
    name: 'startswith' | 'substringof',
    args: Compiled<Row>[],
  ): CompiledValue<Row> {
    const readers = args.map((arg): Reader<Row> => {
      if (isLiteral(arg)) {
        const text = literalText(arg.literal);
        if (text === undefined) throw invalidQuery(`${name}() takes text values.`);
        const lower = text.toLowerCase();
        return () => lower;
      }
      if (arg.kind !== 'text' && arg.kind !== 'dynamic') {
        throw invalidQuery(`${name}() needs a text column.`);
      }
      return (row) => {
        const value = arg.read(row);
        if (Array.isArray(value)) return value.map((v) => String(v).toLowerCase());
        return typeof value === 'string' ? value.toLowerCase() : null;
      };
    });
    if (args.every((arg) => isLiteral(arg))) {
      throw invalidQuery(`${name}() needs a column.`);
    }
    const [first, second] = readers as [Reader<Row>, Reader<Row>];
    const check =
      name === 'startswith'
        ? (text: string, affix: string) => text.startsWith(affix)
        : (needle: string, haystack: string) => haystack.includes(needle);
    return {
      kind: 'boolean',
      multi: false,
      read: (row) => {
        const a = first(row);
        const b = second(row);
        if (a === null || b === null) return false;
        const as = Array.isArray(a) ? a : [a as string];
        const bs = Array.isArray(b) ? b : [b as string];
        return as.some((x: string) => bs.some((y: string) => check(x, y)));
      },
    };
  }
}

export function compileFilter<Row>(
  expression: FilterExpression,
  resolver: PropertyResolver<Row>,
): RowPredicate<Row> {
  return new FilterCompiler(resolver).expression(expression);
}

function indexedProperty<Row>(operand: FilterOperand, resolver: PropertyResolver<Row>): boolean {
  return operand.kind === 'property' && resolver.resolve(operand.path).indexed;
}

/** The index key of a value in an `eq`: numbers compare equal exactly when their texts do. */
function equalityKey(kind: ValueKind, value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(normalize(kind, value));
}

export interface IndexedEquality<Row> {
  column: { readonly name: string; readonly definition: object };
  /** What the index holds per row. */
  keyOf(row: Row): string | undefined;
  /** The key of the rows that match. */
  key: string;
}

/**
 * When the filter's leading clause is `column eq constant` on an indexed single-value number or
 * yes/no column, how to find its matches in an index: the rows to test are then those, not the
 * whole list.
 */
export function indexedEquality<Row>(
  expression: FilterExpression,
  resolver: PropertyResolver<Row>,
): IndexedEquality<Row> | undefined {
  const clause = expression.kind === 'and' ? expression.operands[0] : expression;
  if (clause?.kind !== 'compare' || clause.operator !== 'eq') return undefined;
  const [path, constant] =
    clause.left.kind === 'property' ? [clause.left, clause.right] : [clause.right, clause.left];
  if (path.kind !== 'property' || constant.kind !== 'literal') return undefined;
  const { kind, multi, indexed, column, read } = resolver.resolve(path.path);
  if (!indexed || multi || !column || (kind !== 'number' && kind !== 'boolean')) return undefined;
  const key = equalityKey(kind, coerceLiteral(kind, constant.literal));
  if (key === undefined) return undefined;
  return { column, keyOf: (row) => equalityKey(kind, read(row)), key };
}

/**
 * The part of the filter SharePoint would answer from an index before looking at other columns:
 * the first term of an `and`, an `or` whose every term is indexed, or one indexed condition.
 */
export function leadingIndexedClause<Row>(
  expression: FilterExpression,
  resolver: PropertyResolver<Row>,
): FilterExpression | undefined {
  switch (expression.kind) {
    case 'compare':
      return indexedProperty(expression.left, resolver) ||
        indexedProperty(expression.right, resolver)
        ? expression
        : undefined;
    case 'predicate': {
      const [column] = expression.call.args;
      return expression.call.name === 'startswith' && column && indexedProperty(column, resolver)
        ? expression
        : undefined;
    }
    case 'and':
      return expression.operands[0] && leadingIndexedClause(expression.operands[0], resolver);
    case 'or':
      return expression.operands.every((operand) => leadingIndexedClause(operand, resolver))
        ? expression
        : undefined;
    case 'not':
      return undefined;
  }
}

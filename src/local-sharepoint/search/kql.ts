/**
 * The part of KQL (Keyword Query Language) the app sends: free words and "phrases" (a trailing `*`
 * matches a prefix), `property:value` restrictions, AND / OR / NOT (and `-term`), parentheses.
 * Words side by side mean AND, as in SharePoint.
 */
export type KqlNode =
  | { kind: 'text'; text: string; prefix: boolean }
  | { kind: 'property'; name: string; value: string; prefix: boolean }
  | { kind: 'and'; nodes: KqlNode[] }
  | { kind: 'or'; nodes: KqlNode[] }
  | { kind: 'not'; node: KqlNode };

type Token =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'and' }
  | { type: 'or' }
  | { type: 'not' }
  | { type: 'term'; node: KqlNode };

export class KqlError extends Error {}

function readQuoted(input: string, start: number): [string, number] {
  let end = start + 1;
  while (end < input.length && input[end] !== '"') end++;
  return [input.slice(start + 1, end), end + 1];
}

function termOf(raw: string, quoted: boolean): { text: string; prefix: boolean } {
  if (!quoted && raw.endsWith('*') && raw.length > 1)
    return { text: raw.slice(0, -1), prefix: true };
  return { text: raw, prefix: false };
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close' });
      i++;
      continue;
    }
    if (char === '-' && i + 1 < input.length && !/\s/.test(input[i + 1] as string)) {
      tokens.push({ type: 'not' });
      i++;
      continue;
    }
    if (char === '"') {
      const [text, next] = readQuoted(input, i);
      i = next;
      const quotedPrefix = input[i] === '*';
      if (quotedPrefix) i++;
      if (text.trim())
        tokens.push({ type: 'term', node: { kind: 'text', text, prefix: quotedPrefix } });
      continue;
    }
    let end = i;
    while (end < input.length && !/[\s()"]/.test(input[end] as string)) end++;
    let word = input.slice(i, end);
    i = end;
    const restriction = /^([A-Za-z][A-Za-z0-9_]*)(:|=)(.*)$/s.exec(word);
    if (restriction) {
      const name = (restriction[1] as string).toLowerCase();
      let value = restriction[3] as string;
      let quoted = false;
      if (value === '' && input[i] === '"') {
        const [text, next] = readQuoted(input, i);
        value = text;
        i = next;
        quoted = true;
      }
      const term = termOf(value, quoted);
      tokens.push({
        type: 'term',
        node: { kind: 'property', name, value: term.text, prefix: term.prefix },
      });
      continue;
    }
    if (word === 'AND' || word === 'OR' || word === 'NOT') {
      tokens.push({ type: word.toLowerCase() as 'and' | 'or' | 'not' });
      continue;
    }
    word = word.replace(/^[+]/, '');
    if (word === '') continue;
    const term = termOf(word, false);
    tokens.push({ type: 'term', node: { kind: 'text', ...term } });
  }
  return tokens;
}

/** Parses query text; an empty query is an error, as SharePoint refuses it. */
export function parseKql(input: string): KqlNode {
  const tokens = tokenize(input);
  let position = 0;
  const peek = () => tokens[position];

  function primary(): KqlNode {
    const token = tokens[position++];
    if (!token) throw new KqlError('The query ends too early.');
    if (token.type === 'term') return token.node;
    if (token.type === 'not') return { kind: 'not', node: primary() };
    if (token.type === 'open') {
      const inner = orExpression();
      if (tokens[position++]?.type !== 'close') throw new KqlError('A parenthesis is not closed.');
      return inner;
    }
    throw new KqlError(`Unexpected ${token.type.toUpperCase()} in the query.`);
  }

  function andExpression(): KqlNode {
    const nodes = [primary()];
    for (;;) {
      const next = peek();
      if (!next || next.type === 'close' || next.type === 'or') break;
      if (next.type === 'and') position++;
      nodes.push(primary());
    }
    return nodes.length === 1 ? (nodes[0] as KqlNode) : { kind: 'and', nodes };
  }

  function orExpression(): KqlNode {
    const nodes = [andExpression()];
    while (peek()?.type === 'or') {
      position++;
      nodes.push(andExpression());
    }
    return nodes.length === 1 ? (nodes[0] as KqlNode) : { kind: 'or', nodes };
  }

  if (tokens.length === 0) throw new KqlError('The query text is empty.');
  const tree = orExpression();
  if (position < tokens.length) throw new KqlError('A parenthesis is not opened.');
  return tree;
}

/** The free-text terms that count towards ranking and highlighting (not those under NOT). */
export function positiveTerms(node: KqlNode): { text: string; prefix: boolean }[] {
  switch (node.kind) {
    case 'text':
      return [{ text: node.text, prefix: node.prefix }];
    case 'property':
    case 'not':
      return [];
    default:
      return node.nodes.flatMap(positiveTerms);
  }
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Links keep only absolute http, https and mailto URLs; anything else (javascript:, data:,
 * vbscript:, relative paths, in whatever spelling the URL parser sees through) becomes nothing.
 */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : '';
  } catch {
    return '';
  }
}

/** What a post may use: text structure and links. No images (no tracking pixels), no raw HTML. */
const ALLOWED = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'code',
  'pre',
  'br',
  'hr',
];

const useStyles = makeStyles({
  body: {
    overflowWrap: 'anywhere',
    wordBreak: 'break-word',
    maxWidth: '72ch',
    '& h4, & h5, & h6': { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
    '& pre': { whiteSpace: 'pre-wrap', overflowX: 'auto' },
    '& blockquote': {
      margin: 0,
      paddingLeft: tokens.spacingHorizontalM,
      borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    },
  },
});

/** The post's own headings sit below the post's title (h2/h3): shift them down. */
function heading(level: 4 | 5 | 6) {
  const Tag = `h${level}` as const;
  return ({ children }: { children?: ReactNode }) => <Tag>{children}</Tag>;
}

const COMPONENTS: Components = {
  h1: heading(4),
  h2: heading(5),
  h3: heading(6),
  h4: heading(6),
  h5: heading(6),
  h6: heading(6),
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

/** Deeper than any real post nests; deeper still would exhaust the renderer's stack. */
const MAX_NESTING = 8;
const CONTAINER_MARKER = String.raw`[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))`;
const DEEP_LINE = new RegExp(
  `^((?:${CONTAINER_MARKER}){${MAX_NESTING}})(?:${CONTAINER_MARKER})+`,
  'gm',
);

/** Flattens block quotes and lists nested beyond MAX_NESTING on a line into the last level. */
export function limitNesting(markdown: string): string {
  return markdown.replace(DEEP_LINE, '$1');
}

/** Whatever still fails to render shows as plain text, never as a broken page. */
class PlainOnError extends Component<{ text: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <p>{this.props.text}</p> : this.props.children;
  }
}

/** A post's Markdown, rendered with a renderer that is safe by default (react-markdown). */
export function PracticeBody({ markdown }: { markdown: string }) {
  const styles = useStyles();
  return (
    <div className={styles.body}>
      <PlainOnError text={markdown}>
        <Markdown
          allowedElements={ALLOWED}
          unwrapDisallowed
          skipHtml
          urlTransform={safeUrl}
          components={COMPONENTS}
        >
          {limitNesting(markdown)}
        </Markdown>
      </PlainOnError>
    </div>
  );
}

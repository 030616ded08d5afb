import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Link, type LinkProps } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** An in-app link in Fluent's link colours, so it stays readable in dark and high-contrast themes. */
export function AppLink({ className, ...props }: LinkProps) {
  const styles = useStyles();
  return <Link className={mergeClasses(styles.link, className)} {...props} />;
}

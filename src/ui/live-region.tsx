import { makeStyles } from '@fluentui/react-components';
import { visuallyHidden } from './visually-hidden';

const useStyles = makeStyles({
  hidden: visuallyHidden,
});

/** Tells screen-reader users what just happened (a save, a move) without moving their focus. */
export function LiveRegion({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic>
      {message}
    </div>
  );
}

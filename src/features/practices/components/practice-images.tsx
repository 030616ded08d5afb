import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImageBlob, useImages } from '../api/practice-queries';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  image: {
    display: 'block',
    maxWidth: '100%',
    maxHeight: '280px',
    borderRadius: tokens.borderRadiusMedium,
    objectFit: 'contain',
  },
});

/** A blob URL for the image's bytes, revoked when the image leaves the page. */
function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return undefined;
    const made = URL.createObjectURL(blob);
    // The URL must be made and revoked by the same effect, so it never outlives its image.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}

function PracticeImage({ id, name, alt }: { id: number; name: string; alt: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const blob = useImageBlob(id, name);
  const url = useObjectUrl(blob.data);
  if (blob.isError) return <Text size={200}>{t('practices.imageFailed')}</Text>;
  if (!url) return <Spinner size="tiny" aria-label={t('app.loading')} />;
  return <img className={styles.image} src={url} alt={alt} loading="lazy" />;
}

/** A post's images, read through the data layer with the user's token. */
export function PracticeImages({ id, title }: { id: number; title: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const images = useImages(id, true);
  if (!images.data?.length) return null;
  return (
    <ul className={styles.list} aria-label={t('practices.images')}>
      {images.data.map((image, index) => (
        <li key={image.name}>
          <PracticeImage
            id={id}
            name={image.name}
            alt={t('practices.imageAlt', { index: index + 1, title })}
          />
        </li>
      ))}
    </ul>
  );
}

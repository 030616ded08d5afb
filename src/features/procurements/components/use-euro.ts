import { useTranslation } from 'react-i18next';

/** Amounts in euros as the user's language writes them, without cents when there are none. */
export function useEuro(): (amount: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  });
  return (amount) => format.format(amount);
}

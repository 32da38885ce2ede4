import { t } from './create-text.ts';

/** The expiry choices' names, by their seconds (`EXPIRY_CHOICES` of packages/protocol). */
const EXPIRY_KEYS: Readonly<Record<number, 'expiry5m' | 'expiry1h' | 'expiry1d' | 'expiry7d' | 'expiry30d'>> =
  {
    300: 'expiry5m',
    3600: 'expiry1h',
    86400: 'expiry1d',
    604800: 'expiry7d',
    2592000: 'expiry30d',
  };

/**
 * An expiry choice's name in the page's language ("1 day"), for the create page and the request form; `fallback`
 * (the protocol's English label) for a choice added to the protocol after the catalog.
 */
export function expiryLabel(seconds: number, fallback: string): string {
  const key = EXPIRY_KEYS[seconds];
  return key ? t(key) : fallback;
}

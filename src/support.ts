/**
 * The customer-service line and the Amazon pages a screen links to, per
 * marketplace (contract: `marketplace`, `support-url`, `support-phone`).
 */
import {safeUrl} from './endpoint/safe-url.js';

export const MARKETPLACES = ['ca', 'com'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

interface MarketplaceInfo {
  domain: string;
  supportUrl: string;
  supportPhone: string;
}

const INFO: Record<Marketplace, MarketplaceInfo> = {
  ca: {domain: 'amazon.ca', supportUrl: 'https://www.amazon.ca/gp/help/contact-us', supportPhone: '1-855-301-0911'},
  com: {domain: 'amazon.com', supportUrl: 'https://www.amazon.com/gp/help/contact-us', supportPhone: '1-866-486-2360'},
};

export interface Support {
  domain: string;
  url: string;
  phone: string;
  tel: string;
  forgotPasswordUrl: string;
  accountSettingsUrl: string;
}

function marketplaceOf(value: string | undefined): Marketplace {
  return value?.trim().toLowerCase() === 'com' ? 'com' : 'ca';
}

/** A phone number as a `tel:` URI: digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return `tel:${digits}`;
}

export function supportFor(marketplace?: string, supportUrl?: string, supportPhone?: string): Support {
  const info = INFO[marketplaceOf(marketplace)];
  // Only https overrides are used (contract); anything else falls back to the default.
  const safe = supportUrl ? safeUrl(supportUrl) : undefined;
  const url = safe?.startsWith('https:') ? safe : info.supportUrl;
  const phone = supportPhone && /\d/.test(supportPhone) ? supportPhone.trim() : info.supportPhone;
  return {
    domain: info.domain,
    url,
    phone,
    tel: telHref(phone),
    forgotPasswordUrl: `https://www.${info.domain}/ap/forgotpassword`,
    accountSettingsUrl: `https://www.${info.domain}/gp/css/homepage.html`,
  };
}

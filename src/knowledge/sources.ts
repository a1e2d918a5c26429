// Where an official domain came from. Kept as short, greppable strings so a reviewer can check each entry.

/** A list of v2fly/domain-list-community (MIT), e.g. `data/icbc`; read at commit c975cce or later. */
export const v2fly = (list: string): string => `v2fly domain-list-community data/${list}`;

/** Domains we know from the brand itself: the address its website footer, app and app-store listing show. */
export const OWN_SITE = "brand's own website footer / app store listing";

/** The brand-TLD delegation in the IANA root zone (and so in the Public Suffix List). */
export const IANA_BRAND_TLD = 'IANA root zone: brand TLD delegated to the company (also in the Public Suffix List)';

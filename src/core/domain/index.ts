export { assessDomain, registrableDomainOf } from './assess-domain';
export { normalizeTrustedDomain, type TrustedDomainResult } from './trusted-domain';
export { userContentUnder } from './user-content-under';

export { decide, moneyClaimBrand, policyFacts, type DecideInput } from './decide';
export { POLICY, type PolicyFacts, type PolicyRule } from './policy';
export { firedRules, levelOf } from './walk';

export { decide, framesMoneyClaimBrand, moneyClaimBrand, policyFacts, type DecideInput } from './decide';
export { POLICY, type PolicyFacts, type PolicyRule } from './policy';
export { firedRules, levelOf } from './walk';

// Walking the policy table: which rules fire, and the level they add up to.
import type { Level } from '../types';
import { LEVELS } from '../types';
import { POLICY, type PolicyFacts, type PolicyRule } from './policy';

/** The rules that fire, in table order, up to and including the first final one. */
export function firedRules(facts: PolicyFacts, table: readonly PolicyRule[] = POLICY): PolicyRule[] {
  const fired: PolicyRule[] = [];
  for (const rule of table) {
    if (!rule.when(facts)) continue;
    fired.push(rule);
    if (rule.final) break;
  }
  return fired;
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** The highest level among the fired rules; none when nothing fired. */
export function levelOf(fired: readonly PolicyRule[]): Level {
  return fired.reduce<Level>((top, r) => (rank(r.level) > rank(top) ? r.level : top), 'none');
}

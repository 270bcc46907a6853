import type { Rule } from '../../src/rules/rule.js';

export declare const MY_RULE: Rule;

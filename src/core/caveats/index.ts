// Caveat rules applied to every claim (placeholder until the rules land).
import type { DocContext } from '../enrich/index.js';
import type { Claim } from '../types.js';

export function applyCaveats(_claims: Claim[], _ctx: DocContext): void {}

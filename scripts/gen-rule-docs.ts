import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from './rule-docs.js';

writeFileSync('docs/rules.md', renderRuleDocs());
console.log('wrote docs/rules.md');

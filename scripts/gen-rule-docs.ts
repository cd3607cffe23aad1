import { writeFileSync } from 'node:fs';
import { renderBrandDocs } from './brand-docs.js';
import { renderRuleDocs } from './rule-docs.js';

writeFileSync('docs/rules.md', renderRuleDocs());
writeFileSync('docs/brands.md', renderBrandDocs());
console.log('wrote docs/rules.md and docs/brands.md');

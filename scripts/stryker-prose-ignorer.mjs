// StrykerJS ignorer plugin (stryker.config.mjs): no mutants in test files or in prose. A rule's
// meta title, description, messages, false positives and references are read by people and checked
// by the plain-words and parity tests; the behaviour tests assert on message ids and data, never on
// wording, so a mutant that blanks a sentence would only add noise. Ignored mutants are listed as
// "Ignored" in the report and left out of the mutation score.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const PROSE = new Set(['title', 'description', 'messages', 'falsePositives', 'references']);
const keyName = (node) => (node.key?.type === 'Identifier' ? node.key.name : node.key?.type === 'StringLiteral' ? node.key.value : undefined);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'prose', {
    shouldIgnore(path) {
      // `--mutate 'src/core/scoring/**'` also names the test files: never mutate test code.
      if (path.isProgram() && path.node.body.some((n) => n.type === 'ImportDeclaration' && n.source.value === 'node:test')) return 'Test code';
      if (!path.isObjectProperty() || !PROSE.has(keyName(path.node))) return undefined;
      const owner = path.findParent((p) => p.isObjectProperty() && keyName(p.node) === 'meta');
      return owner ? 'Prose in rule meta: read by people, not by behaviour tests' : undefined;
    },
  }),
];

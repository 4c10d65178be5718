// filters.mjs - one adapter per npm word-list profanity filter, so bench.mjs
// can time each the same way. Every adapter builds the filter with its
// default English dictionary and returns its cheapest "does this text contain
// profanity?" call as a (text) => boolean. Setup happens in make(), outside the
// timed passes. `spanish` only notes whether the package ships Spanish; the
// benchmark keeps every filter on its defaults.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FILTERS = {
  'leo-profanity': {
    pkg: 'leo-profanity',
    call: "check(text) (default 'en' dictionary)",
    spanish: 'no (en, fr, ru)',
    async make() {
      const leo = require('leo-profanity');
      return (text) => leo.check(text);
    },
  },
  'bad-words': {
    pkg: 'bad-words',
    call: 'new Filter().isProfane(text)',
    spanish: 'no (English list only)',
    async make() {
      const { Filter } = await import('bad-words');
      const filter = new Filter();
      return (text) => filter.isProfane(text);
    },
  },
  obscenity: {
    pkg: 'obscenity',
    call: 'RegExpMatcher(englishDataset + englishRecommendedTransformers).hasMatch(text)',
    spanish: 'no (English dataset only)',
    async make() {
      const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
      const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
      return (text) => matcher.hasMatch(text);
    },
  },
  '@2toad/profanity': {
    pkg: '@2toad/profanity',
    call: 'profanity.exists(text) (default instance, en)',
    spanish: "yes: exists(text, ['es'])",
    async make() {
      const { profanity } = require('@2toad/profanity');
      return (text) => profanity.exists(text);
    },
  },
  'glin-profanity': {
    pkg: 'glin-profanity',
    call: 'new Filter().isProfane(text) (defaults: english, no cache)',
    spanish: "yes: new Filter({ languages: ['english', 'spanish'] })",
    async make() {
      const { Filter } = await import('glin-profanity');
      const filter = new Filter();
      return (text) => filter.isProfane(text);
    },
  },
  'no-profanity': {
    pkg: 'no-profanity',
    call: 'isProfane(text)',
    spanish: 'no (English list only)',
    async make() {
      const { isProfane } = require('no-profanity');
      return (text) => isProfane(text);
    },
  },
  'bad-words-next': {
    pkg: 'bad-words-next',
    call: "new BadWordsNext({ data: en }).check(text)",
    spanish: "yes: add(require('bad-words-next/lib/es'))",
    async make() {
      const { default: BadWordsNext } = await import('bad-words-next');
      const { default: en } = await import('bad-words-next/lib/en');
      const badwords = new BadWordsNext({ data: en });
      return (text) => badwords.check(text);
    },
  },
  'badwords-filter': {
    pkg: 'badwords-filter',
    call: 'new Filter().isUnclean(text) (default en.json filterset)',
    spanish: 'no (en.json only)',
    async make() {
      const Filter = require('badwords-filter');
      const filter = new Filter();
      return (text) => filter.isUnclean(text);
    },
  },
  swearjar: {
    pkg: 'swearjar',
    call: 'swearjar.profane(text)',
    spanish: 'no (en_US only)',
    async make() {
      const swearjar = require('swearjar');
      return (text) => swearjar.profane(text);
    },
  },
  'retext-profanities': {
    pkg: 'retext-profanities',
    call: 'unified().use(retextEnglish).use(retextProfanities): runSync(parse(text)), any message',
    spanish: "yes: 'retext-profanities/es' with retext-spanish",
    async make() {
      const { unified } = await import('unified');
      const { default: retextEnglish } = await import('retext-english');
      const { default: retextProfanities } = await import('retext-profanities');
      const { VFile } = await import('vfile');
      const processor = unified().use(retextEnglish).use(retextProfanities).freeze();
      return (text) => {
        const file = new VFile(text);
        processor.runSync(processor.parse(file), file);
        return file.messages.length > 0;
      };
    },
  },
};

// The version actually installed, read from the package's own package.json.
export function installedVersion(pkg) {
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    // Packages whose export map hides package.json: find it beside the entry.
    const fs = require('node:fs');
    const path = require('node:path');
    let dir = path.dirname(require.resolve(pkg));
    for (;;) {
      const p = path.join(dir, 'package.json');
      if (fs.existsSync(p)) {
        const j = JSON.parse(fs.readFileSync(p, 'utf8'));
        if (j.name === pkg) return j.version;
      }
      const up = path.dirname(dir);
      if (up === dir) return '?';
      dir = up;
    }
  }
}

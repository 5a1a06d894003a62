const jestJupyterLab = require('@jupyterlab/testutils/lib/jest-config');

const baseConfig = jestJupyterLab(__dirname);

// ES-module packages babel must transform: testutils' own list (read from its
// pattern, so a new entry there is never lost) united with ours.
const ourEsModules = [
  '@codemirror',
  '@jupyter/ydoc',
  '@jupyterlab/',
  'lib0',
  'nanoid',
  'vscode-ws-jsonrpc',
  'y-protocols',
  'y-websocket',
  'yjs'
];
const baseEsModules = baseConfig.transformIgnorePatterns.flatMap(pattern => {
  const match = /^\/node_modules\/\(\?!(.*)\)\.\+$/.exec(pattern);
  return match ? match[1].split('|') : [];
});
const esModules = [...new Set([...baseEsModules, ...ourEsModules])].join('|');

module.exports = {
  ...baseConfig,
  automock: false,
  collectCoverageFrom: [
    'src/**/*.{ts,tsx}',
    '!src/**/*.d.ts',
    '!src/**/.ipynb_checkpoints/*',
    '!src/__tests__/**'
  ],
  coverageReporters: ['lcov', 'text'],
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  // A `.raw.css` import is text (see webpack.config.js), not a CSS module.
  moduleNameMapper: {
    '\\.raw\\.css$': '<rootDir>/src/__tests__/raw-css.js',
    ...baseConfig.moduleNameMapper
  },
  reporters: ['default'],
  testRegex: 'src/.*/.*.spec.ts[x]?$',
  transformIgnorePatterns: [`/node_modules/(?!${esModules}).+`]
};

module.exports = { ...require('../../jest.preset.js'), displayName: 'web-e2e', rootDir: __dirname, testTimeout: 120000 };

module.exports = { ...require('../../jest.preset.js'), displayName: 'stack-e2e', rootDir: __dirname, testTimeout: 180000 };

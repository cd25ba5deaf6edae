module.exports = { ...require('../../jest.preset.js'), displayName: 'arabic-text', rootDir: __dirname };

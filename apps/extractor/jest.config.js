module.exports = { ...require('../../jest.preset.js'), displayName: 'extractor', rootDir: __dirname };

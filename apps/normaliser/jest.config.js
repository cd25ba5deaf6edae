module.exports = { ...require('../../jest.preset.js'), displayName: 'normaliser', rootDir: __dirname };

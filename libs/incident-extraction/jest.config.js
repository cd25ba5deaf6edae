module.exports = { ...require('../../jest.preset.js'), displayName: 'incident-extraction', rootDir: __dirname };

module.exports = { ...require('../../jest.preset.js'), displayName: 'incident-export', rootDir: __dirname };

module.exports = { ...require('../../jest.preset.js'), displayName: 'incident-evaluation', rootDir: __dirname };

module.exports = { ...require('../../jest.preset.js'), displayName: 'incident-clustering', rootDir: __dirname };

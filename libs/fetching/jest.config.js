module.exports = { ...require('../../jest.preset.js'), displayName: 'fetching', rootDir: __dirname };

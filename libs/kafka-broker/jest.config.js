module.exports = { ...require('../../jest.preset.js'), displayName: 'kafka-broker', rootDir: __dirname };

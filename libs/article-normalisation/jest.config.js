module.exports = { ...require('../../jest.preset.js'), displayName: 'article-normalisation', rootDir: __dirname };

// htmlparser2 and its dom* helpers ship ESM only: let swc compile them to CommonJS for jest.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'article-normalisation',
  rootDir: __dirname,
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)'],
};

// Dates in tests are UTC unless a test says otherwise.
process.env.TZ = 'UTC';
require('reflect-metadata');
